// `npm run test:e2e`: builds the production app, then runs the Playwright suite against it.
// E2E_SKIP_BUILD=1 reuses the current build (CI runs the suite twice, once per database).
import { spawnSync } from "node:child_process";
import { buildCommand } from "./http/server-command.mjs";

if (!process.env.E2E_SKIP_BUILD) {
  const [command, args] = buildCommand();
  const build = spawnSync(command, args, { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const run = spawnSync("npx", ["--no-install", "playwright", "test", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(run.status ?? 1);
