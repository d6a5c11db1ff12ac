// `npm run test:crash`: on PGlite and on Postgres (when DATABASE_URL is set), start the production server,
// run 50 autosaving clients, kill -9 the server mid-run, restart it, and check that every save acknowledged
// with a 2xx is in the database and that the server starts cleanly. Needs a production build (next build).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { insertAccount } from "../db/accounts";
import { openConnection } from "../db/client";
import { seedReferenceData, currentCycleYear } from "../db/seed/reference";
import { bestOption, CURRENT_FRAMEWORK } from "../lib/framework";
import { MEMBER_STATES } from "../lib/reference";
import { serverCommand } from "./http/server-command.mjs";

const CLIENTS = 50;
const PASSWORD = "Crash-Test-Password-1";
const QUESTION = "LEG-CYB-01";
// An option of the questionnaire in force, so that the test follows the framework's versions.
const VALUE = bestOption(CURRENT_FRAMEWORK.questions.find((q) => q.id === QUESTION)!).value;
const cycle = currentCycleYear();
const states = MEMBER_STATES.slice(0, CLIENTS).map((s) => s.iso3);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

function startServer(env: Record<string, string>, port: number): ChildProcess {
  const serverEnv = { ...process.env, ...env, PORT: String(port), SEED_DEMO: "false" };
  const [command, args] = serverCommand(serverEnv);
  return spawn(command, args, { env: serverEnv, stdio: "ignore", detached: true });
}

async function waitHealthy(base: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server at ${base} did not become healthy within ${timeoutMs} ms`);
}

async function signIn(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in of ${email}: ${response.status} ${await response.text()}`);
  return (response.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).join("; ");
}

async function runEngine(label: string, env: Record<string, string>): Promise<string[]> {
  const problems: string[] = [];
  // Accounts first, with the server stopped: one process owns a PGlite folder at a time.
  const setup = await openConnection({
    databaseUrl: env.DATABASE_URL,
    pgliteDir: env.DATA_DIR ?? "",
    seedDemo: false,
  });
  await setup.migrate();
  await seedReferenceData(setup.db);
  for (const iso3 of states) {
    await insertAccount(setup.db, {
      email: `crash.${iso3.toLowerCase()}@example.org`,
      name: `Crash ${iso3}`,
      role: "focal_point",
      memberStateIso3: iso3,
      password: PASSWORD,
    });
  }
  await setup.close();

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let server = startServer(env, port);
  await waitHealthy(base);
  const cookies = await Promise.all(states.map((s) => signIn(base, `crash.${s.toLowerCase()}@example.org`)));

  // Each client saves its own state's answer again and again; the note carries a sequence number.
  const acknowledged = new Map<string, number>();
  let acks = 0;
  let stop = false;
  // The first refusal (neither 2xx nor 409) is reported: without it a broken save route reads as "too few".
  let firstRefusal: string | undefined;
  const clients = states.map(async (iso3, i) => {
    let version = 0;
    for (let seq = 1; !stop; seq++) {
      try {
        const response = await fetch(`${base}/api/v1/assessments/${iso3}/${cycle}`, {
          method: "PATCH",
          headers: { "content-type": "application/json", cookie: cookies[i]! },
          body: JSON.stringify({ version, answers: [{ questionId: QUESTION, value: VALUE, note: `seq ${seq}` }] }),
        });
        if (response.ok) {
          version = ((await response.json()) as { version: number }).version;
          acknowledged.set(iso3, seq);
          acks++;
        } else if (response.status === 409) {
          version = ((await response.json()) as { currentVersion: number }).currentVersion;
        } else {
          firstRefusal ??= `${response.status} ${(await response.text()).slice(0, 300)}`;
        }
      } catch {
        return; // The server is gone.
      }
    }
  });
  // Kill mid-run: once a good number of saves were acknowledged (or after 30 s on a slow machine).
  const deadline = Date.now() + 30_000;
  while (acks < 300 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  process.kill(-server.pid!, "SIGKILL");
  stop = true;
  await Promise.all(clients);
  const acknowledgedCount = acks;
  if (acknowledgedCount < CLIENTS)
    problems.push(
      `${label}: only ${acknowledgedCount} saves were acknowledged before the kill: too few to prove anything` +
        (firstRefusal ? ` (first refusal: ${firstRefusal})` : ""),
    );

  server = startServer(env, port);
  try {
    await waitHealthy(base);
  } catch (error) {
    problems.push(`${label}: the server did not restart cleanly: ${(error as Error).message}`);
    return problems;
  }
  for (const [i, iso3] of states.entries()) {
    const last = acknowledged.get(iso3);
    if (last === undefined) continue;
    const body = (await (
      await fetch(`${base}/api/v1/assessments/${iso3}/${cycle}`, { headers: { cookie: cookies[i]! } })
    ).json()) as {
      answers?: { questionId: string; note: string }[];
    };
    const stored = Number(body.answers?.find((a) => a.questionId === QUESTION)?.note.replace("seq ", "") ?? 0);
    // A save may have committed after its response was lost, so the stored one may be later, never earlier.
    if (stored < last) problems.push(`${label}: ${iso3} acknowledged save ${last} but the database holds ${stored}`);
  }
  process.kill(-server.pid!, "SIGKILL");
  console.log(
    `${label}: ${acknowledged.size} clients, ${acknowledgedCount} acknowledged saves before kill -9; ${problems.length} lost.`,
  );
  return problems;
}

const results: { name: string; problems: string[] }[] = [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "res45-crash-"));
results.push({
  name: "pglite",
  problems: await runEngine("PGlite", { DATA_DIR: path.join(dir, "pglite"), DATABASE_URL: "" }),
});
if (process.env.DATABASE_URL) {
  const name = `res45_crash_${process.pid}`;
  const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  try {
    results.push({ name: "postgres", problems: await runEngine("Postgres", { DATABASE_URL: url.toString() }) });
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
fs.rmSync(dir, { recursive: true, force: true });

const failed = results.filter((r) => r.problems.length > 0);
for (const r of failed) for (const p of r.problems) console.error(p);
const passed = results.length - failed.length;
if (process.env.RESULTS_DIR) {
  fs.mkdirSync(process.env.RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(process.env.RESULTS_DIR, "crash.json"), JSON.stringify({ passed, failed: failed.length }));
}
console.log(`crash: ${passed} passed, ${failed.length} failed`);
process.exit(failed.length > 0 ? 1 : 0);
