/**
 * Figure 5: Lighthouse's performance score (lighthouse@12.2.3, its default
 * mobile configuration with simulated throttling) against Debian's Chromium.
 * Pages behind sign-in get the session cookie through extraHeaders.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
import { freePort } from "./server";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
  // What Lighthouse's own launcher (chrome-launcher) adds. Without RenderDocument disabled, a navigation swaps the
  // frame's document in a way Lighthouse 12.2 cannot follow in newer Chromium (trace without navigationStart:
  // NO_NAVSTART); the others keep background work and throttling out of the trace.
  "--disable-features=Translate,OptimizationHints,MediaRouter,RenderDocument",
  "--force-fieldtrials=*BackgroundTracing/default/",
  "--disable-extensions",
  "--disable-backgrounding-occluded-windows",
  "--disable-renderer-backgrounding",
  "--disable-background-timer-throttling",
  "--no-first-run",
  "--mute-audio",
];

export interface LighthouseResult {
  url: string;
  score: number;
  /** Milliseconds, except CLS (unitless): where a low score comes from. */
  metrics: Record<string, number>;
}

export interface Browser {
  port: number;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  const port = await freePort();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "res45-bench-chromium-"));
  const child: ChildProcess = spawn(
    CHROMIUM,
    [...FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, "about:blank"],
    { stdio: "ignore", detached: true },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const until = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) break;
    } catch {
      if (Date.now() > until) throw new Error(`Chromium (${CHROMIUM}) did not open its debugging port`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    port,
    async close() {
      if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
      await exited;
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

const METRICS = {
  "first-contentful-paint": "FCP",
  "largest-contentful-paint": "LCP",
  "total-blocking-time": "TBT",
  "cumulative-layout-shift": "CLS",
  "speed-index": "SI",
} as const;

/**
 * Lighthouse 12.2 in newer Chromium now and then loses the navigation's start in its trace (NO_NAVSTART, "Please
 * run Lighthouse again"): a failed recording, not a measurement. It is run again, at most twice.
 */
const RETRIED_ERRORS = new Set(["NO_NAVSTART"]);
const ATTEMPTS = 3;
class RecordingError extends Error {}

export async function runLighthouse(browser: Browser, url: string, cookie: string | null): Promise<LighthouseResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runLighthouseOnce(browser, url, cookie);
    } catch (error) {
      if (!(error instanceof RecordingError) || attempt >= ATTEMPTS) throw error;
    }
  }
}

async function runLighthouseOnce(browser: Browser, url: string, cookie: string | null): Promise<LighthouseResult> {
  const result = await lighthouse(url, {
    port: browser.port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance"],
    extraHeaders: cookie ? { cookie } : undefined,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) {
    const message = `Lighthouse on ${url}: ${lhr.runtimeError.message}`;
    throw RETRIED_ERRORS.has(lhr.runtimeError.code) ? new RecordingError(message) : new Error(message);
  }
  const metrics: Record<string, number> = {};
  for (const [id, short] of Object.entries(METRICS)) {
    const value = lhr.audits[id]?.numericValue;
    if (typeof value === "number") metrics[short] = value;
  }
  return { url, score: Math.round((lhr.categories.performance?.score ?? 0) * 100), metrics };
}
