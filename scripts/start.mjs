// `npm start`: builds the app when the build is missing or older than the sources,
// then serves it. The server process migrates and seeds the database itself.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildCommand, serverCommand } from "./http/server-command.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

const buildId = path.join(".next", "BUILD_ID");
const sources = ["app", "lib", "db", "instrumentation.ts", "next.config.js", "postcss.config.mjs", "package-lock.json"];
const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
if (builtAt === 0 || sources.some((s) => newestMtime(s) > builtAt)) {
  console.log("Res45 Readiness: building the production app (first start or changed sources)…");
  const [command, args] = buildCommand();
  const build = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT || "3000";
const env = {
  ...process.env,
  PORT: port,
  // The demo data set belongs with the embedded database; a Postgres server gets it only when asked.
  SEED_DEMO: process.env.SEED_DEMO ?? (process.env.DATABASE_URL ? "false" : "true"),
};
console.log(
  `Res45 Readiness: serving on http://localhost:${port} (${env.DATABASE_URL ? "Postgres server" : `PGlite in ${env.DATA_DIR ?? ".data/pglite"}`})`,
);
const [command, args] = serverCommand(env);
const server = spawn(command, args, { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
