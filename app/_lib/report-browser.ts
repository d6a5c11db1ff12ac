import "server-only";
import { chromium, type Browser } from "playwright-core";
import { serverEnv } from "@/db/env";

/** Flags for a headless Chromium on a server: no sandbox user namespaces, no GPU, no calls home. */
const LAUNCH_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Kept on globalThis because Next.js may load this module in several bundles of one process. */
const globalForBrowser = globalThis as typeof globalThis & { __res45ReportBrowser?: Promise<Browser> };

/**
 * The one headless Chromium of this server process, launched on the first
 * report (starting a browser takes about a second; a page takes milliseconds)
 * and launched again if it crashes or fails to start. Playwright closes it when
 * the process ends.
 */
export function reportBrowser(): Promise<Browser> {
  const existing = globalForBrowser.__res45ReportBrowser;
  if (existing) return existing;
  const launching: Promise<Browser> = chromium
    .launch({
      executablePath: serverEnv().chromiumPath,
      args: LAUNCH_ARGS,
      headless: true,
    })
    .then((browser) => {
      browser.on("disconnected", () => {
        if (globalForBrowser.__res45ReportBrowser === launching) globalForBrowser.__res45ReportBrowser = undefined;
      });
      return browser;
    })
    .catch((error: unknown) => {
      globalForBrowser.__res45ReportBrowser = undefined;
      throw error;
    });
  globalForBrowser.__res45ReportBrowser = launching;
  return launching;
}
