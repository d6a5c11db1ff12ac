// Screenshots of running pages, for looking at what we build:
//   node scripts/screenshot.mjs http://localhost:3000 /path [/path …] [--as email] [--out dir] [--width 1280]
// (a demo BDT account is signed in with the published demo TOTP secret; TOTP_SECRET=… for another)
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import * as OTPAuth from "otpauth";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [, value] = args.splice(i, 2);
  return value;
};
const as = option("--as");
const out = option("--out", "/tmp/shots");
const width = Number(option("--width", "1280"));
const [base, ...paths] = args;
fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const page = await browser.newPage({ viewport: { width, height: 900 } });
if (as) {
  const res = await page.request.post(`${base}/api/auth/sign-in/email`, {
    data: { email: as, password: "Readiness-Demo-2026" },
    headers: { origin: base },
  });
  if (!res.ok()) throw new Error(`sign-in failed: ${res.status()}`);
  // The demo BDT accounts have a second factor with the published demo secret (README): give its code.
  if ((await res.json()).twoFactorRedirect) {
    const secret = process.env.TOTP_SECRET ?? "RES45READINESSDEMOTOTPSECRETKEYS";
    const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate();
    const verified = await page.request.post(`${base}/api/auth/two-factor/verify-totp`, {
      data: { code },
      headers: { origin: base },
    });
    if (!verified.ok()) throw new Error(`second factor failed: ${verified.status()}`);
  }
}
for (const p of paths) {
  await page.goto(base + p, { waitUntil: "load" });
  // Charts load after the page (lazy recharts): SHOT_WAIT_MS gives them time to draw.
  if (process.env.SHOT_WAIT_MS) await page.waitForTimeout(Number(process.env.SHOT_WAIT_MS));
  const file = path.join(out, `${p.replace(/[^a-z0-9]+/gi, "_") || "home"}.png`);
  await page.screenshot({
    path: file,
    fullPage: true,
    clip: process.env.SHOT_HEIGHT
      ? { x: 0, y: Number(process.env.SHOT_Y ?? 0), width, height: Number(process.env.SHOT_HEIGHT) }
      : undefined,
  });
  console.log(file);
}
await browser.close();
