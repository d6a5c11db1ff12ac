import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// The config is evaluated by the runner and again by each worker; workers inherit
// the runner's environment, so the first evaluation decides port, folder and database.
const freePort = () =>
  execFileSync(process.execPath, [
    "-e",
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
  ])
    .toString()
    .trim();
if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = freePort();
  process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "res45-e2e-"));
  if (process.env.DATABASE_URL) process.env.E2E_DATABASE_NAME = `res45_e2e_${process.pid}_${Date.now()}`;
}
// The server sends mail to an SMTP server that e2e/mail.spec.ts runs on this port (while nothing listens,
// messages wait in the outbox, as with a mail server that is down).
process.env.E2E_SMTP_PORT ??= freePort();
// The server signs people in with the OpenID provider that e2e/sso.spec.ts runs on this port, registered
// there with this client (while nothing listens, the "Sign in with …" button answers that it is unreachable).
process.env.E2E_OIDC_PORT ??= freePort();
process.env.E2E_OIDC_CLIENT_SECRET ??= `e2e-${Math.random().toString(36).slice(2)}${Date.now()}`;
const port = process.env.E2E_PORT;
const resultsDir = process.env.RESULTS_DIR;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: resultsDir ? [["list"], ["json", { outputFile: path.join(resultsDir, "playwright.json") }]] : [["list"]],
  globalTeardown: "./e2e/global-teardown.ts",
  // Every spec shares one server and one database. Specs that change what the others
  // read (the open cycle, Member State regions) are named *.exclusive.spec.ts and run
  // alone, one at a time, after all the others. `--no-deps` runs them without the rest.
  projects: [
    { name: "app", testIgnore: /\.exclusive\.spec\.ts$/ },
    { name: "exclusive", testMatch: /\.exclusive\.spec\.ts$/, dependencies: ["app"], workers: 1 },
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: "node scripts/serve-e2e.mjs",
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
