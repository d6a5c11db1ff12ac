/**
 * The production server under test: built when the sources changed (the rule of
 * `npm start`), started on a free port against one engine, stopped by its process
 * group. The approach is the crash test's (scripts/crash-test.ts).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import postgres from "postgres";
import { buildCommand, serverCommand } from "../http/server-command.mjs";

export interface Engine {
  name: "pglite" | "postgres";
  /** DATABASE_URL for Postgres, DATA_DIR for PGlite. */
  env: Record<string, string>;
  /** Drops what the engine created (the Postgres database; the PGlite folder goes with the run's temp folder). */
  dispose(): Promise<void>;
}

const SOURCES = [
  "app",
  "lib",
  "db",
  "server",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "postcss.config.mjs",
  "package-lock.json",
];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** Builds the production app unless .next is newer than every source. Returns the build's seconds, 0 when skipped. */
export function ensureBuild(): number {
  const buildId = path.join(".next", "BUILD_ID");
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  if (builtAt > 0 && !SOURCES.some((s) => newestMtime(s) > builtAt)) return 0;
  const started = Date.now();
  const [command, args] = buildCommand();
  const build = spawnSync(command, args, {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error(`next build failed with status ${build.status}`);
  return (Date.now() - started) / 1000;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

/** Servers still running: stopped when the bench exits early, so no server outlives a failed run. */
const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
});

const cleanups = new Set<() => Promise<void>>();

/** Runs `cleanup` if the bench is interrupted (Ctrl-C, SIGTERM); returns a function that forgets it. */
export function cleanupOnInterrupt(cleanup: () => Promise<void>): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  // Exiting through process.exit runs the exit handler above, which stops the servers.
  process.once(signal, () => void Promise.allSettled([...cleanups].map((c) => c())).finally(() => process.exit(130)));
}

export interface ServerMemory {
  /** MB resident just after the server answered its first health check. */
  idleMb: number;
  /** The Node server's peak resident set (VmHWM of /proc/<pid>/status), MB, read just before it is stopped. */
  peakMb: number;
  /**
   * The highest sum of resident sets of the server and its descendants (the Node server plus the headless
   * browser it starts for PDF reports), MB, sampled every quarter second.
   */
  groupPeakMb: number;
}

export interface RunningServer {
  base: string;
  /** The memory figures so far (the peak is the kernel's, so nothing between samples is missed). */
  memory(): ServerMemory;
  stop(): Promise<ServerMemory>;
}

/** A field of /proc/<pid>/status in MB (the kernel writes kB), or 0 when the process is gone. */
function statusMb(pid: number, field: "VmHWM" | "VmRSS"): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, "m").exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * A process and all its descendants (Linux /proc): the Node server and the headless browser it starts for PDF
 * reports, which Playwright puts in a process group of its own.
 */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat (the parent), counted after the command name's closing parenthesis.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // Gone meanwhile.
    }
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

export async function startServer(engine: Engine): Promise<RunningServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: "",
    ...engine.env,
    PORT: String(port),
    SEED_DEMO: "false",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // The command `npm start` runs, so the bench measures what is deployed (the gate and the heap limit included).
  const [command, args] = serverCommand(env);
  const child: ChildProcess = spawn(command, args, {
    env,
    stdio: ["ignore", "ignore", "inherit"],
    // Its own process group, so stopping it also stops anything it started.
    detached: true,
  });
  running.add(child);
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      running.delete(child);
      resolve();
    }),
  );
  await waitHealthy(base, child);
  const pid = child.pid!;
  if (!fs.existsSync(`/proc/${pid}/status`)) throw new Error("The bench reads memory from /proc: Linux only");
  const idleMb = statusMb(pid, "VmRSS");
  let groupPeakMb = idleMb;
  const sampler = setInterval(() => {
    const total = processTree(pid).reduce((sum, p) => sum + statusMb(p, "VmRSS"), 0);
    groupPeakMb = Math.max(groupPeakMb, total);
  }, 250);
  sampler.unref();
  const memory = (): ServerMemory => ({
    idleMb,
    peakMb: statusMb(pid, "VmHWM"),
    groupPeakMb: Math.max(groupPeakMb, statusMb(pid, "VmHWM")),
  });
  return {
    base,
    memory,
    async stop() {
      clearInterval(sampler);
      const last = memory();
      if (child.exitCode === null && child.signalCode === null) {
        process.kill(-child.pid!, "SIGTERM");
        const killer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 10_000);
        await exited;
        clearTimeout(killer);
      }
      return last;
    },
  };
}

async function waitHealthy(base: string, child: ChildProcess, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`The server at ${base} exited with status ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server at ${base} did not become healthy within ${timeoutMs} ms`);
}

export function pgliteEngine(dataDir: string): Engine {
  return { name: "pglite", env: { DATA_DIR: dataDir }, dispose: async () => {} };
}

/** A fresh database on the Postgres server of `serverUrl`, dropped by `dispose`. */
export async function postgresEngine(serverUrl: string): Promise<Engine> {
  const name = `res45_bench_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name: "postgres",
    env: { DATABASE_URL: url.toString() },
    async dispose() {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
