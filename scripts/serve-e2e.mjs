// Playwright's web server: a production server on its own fresh database.
// PGlite: the temporary DATA_DIR the config chose. Postgres: a new database on the
// DATABASE_URL server, named by the config and dropped by its global teardown.
import { spawn } from "node:child_process";
import postgres from "postgres";
import { serverCommand } from "./http/server-command.mjs";

const env = { ...process.env, SEED_DEMO: "true", NODE_ENV: "production" };
// Mail goes to the SMTP server of e2e/mail.spec.ts; retries are kept short so the spec can watch them.
if (process.env.E2E_SMTP_PORT) {
  env.SMTP_URL = `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`;
  env.MAIL_FROM = "Res45 Readiness <readiness@e2e.test>";
  env.MAIL_RETRY_BASE_MS = "500";
}
// Single sign-on with the OpenID provider of e2e/sso.spec.ts (discovery happens at sign-in, so the provider
// need not run when the server starts).
// The provider sends people back to <BETTER_AUTH_URL>/api/auth/callback/oidc: the address the browser uses.
if (process.env.E2E_OIDC_PORT) {
  env.BETTER_AUTH_URL = `http://127.0.0.1:${process.env.E2E_PORT}`;
  env.OIDC_ISSUER = `http://127.0.0.1:${process.env.E2E_OIDC_PORT}`;
  env.OIDC_CLIENT_ID = "res45-e2e";
  env.OIDC_CLIENT_SECRET = process.env.E2E_OIDC_CLIENT_SECRET ?? "res45-e2e-secret";
  env.OIDC_NAME = "Test ID";
}
// No reminder runs on a timer: a run between two dumps of e2e/bad-input would change the database under it.
// Specs run them through POST /api/v1/admin/reminders/run (e2e/reminders.exclusive.spec.ts).
env.REMINDER_INTERVAL_MINUTES = "0";
if (process.env.DATABASE_URL) {
  const name = process.env.E2E_DATABASE_NAME;
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("E2E_DATABASE_NAME is missing or unsafe");
  const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
}
env.PORT = process.env.E2E_PORT;
const [command, args] = serverCommand(env);
const server = spawn(command, args, { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
