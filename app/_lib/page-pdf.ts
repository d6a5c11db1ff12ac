import "server-only";
import type { Page } from "playwright-core";
import { getTranslations } from "next-intl/server";
import { hasDemoData } from "@/server/demo-data";
import { reportBrowser } from "./report-browser";
import { escapeHtml } from "@/lib/mail/html";
import { createSlots } from "@/lib/concurrency/slots";

/** A4 with 12 mm side margins leaves 186 mm of width: 703 CSS pixels at 96 per inch. */
const A4_MARGIN = { top: "14mm", bottom: "16mm", left: "12mm", right: "12mm" };
const PRINT_WIDTH_PX = Math.floor(((210 - 24) / 25.4) * 96);

/** At most two pages render at once per process; more requests wait their turn. */
const inPrintSlot = createSlots(2);

/** The words every page of a PDF report carries while the database holds the demo data set; null otherwise. */
export async function demoWatermark(locale: string): Promise<string | null> {
  if (!(await hasDemoData())) return null;
  const t = await getTranslations({ locale, namespace: "common.demoData" });
  return t("pdf");
}

/** The header of every page: the demo warning, or nothing. */
function headerTemplate(watermark: string | null, dir: "ltr" | "rtl"): string {
  if (watermark === null) return "<span></span>";
  return `<div dir="${dir}" style="width:100%;margin:0 12mm;font-size:9px;font-weight:bold;color:#b91c1c;text-align:center;font-family:Arial,'Noto Sans Arabic','Noto Sans CJK SC',sans-serif">${escapeHtml(watermark)}</div>`;
}

export interface PagePdfRequest {
  /** The page to print, on this server's own origin. */
  url: string;
  /** The requester's Cookie header, so the page is rendered with their session and their rights. */
  cookie: string | null;
  /** Text of the footer of every page, beside the page number. */
  footer: string;
  /** "Page {page} of {total}" in the report's language. */
  pageOf: string;
  dir: "ltr" | "rtl";
  /** Printed at the top of every page when set: the demo data set's warning (see `demoWatermark`). */
  watermark: string | null;
  /** Resolves once the page has drawn everything that must be in the PDF (e.g. client-side charts). */
  ready: (page: Page) => Promise<void>;
}

/**
 * Prints a page of this application to an A4 PDF in the shared headless browser.
 * The page is laid out with print media from the start, at the printed width,
 * so client-drawn charts are sized for paper. Only requests to the page's own
 * origin are allowed; each request gets its own browser context (cookies),
 * closed afterwards.
 */
export function renderPagePdf(request: PagePdfRequest): Promise<Buffer> {
  return inPrintSlot(async () => {
    const browser = await reportBrowser();
    const origin = new URL(request.url).origin;
    const context = await browser.newContext({
      viewport: { width: PRINT_WIDTH_PX, height: 1000 },
      reducedMotion: "reduce",
      locale: "en-GB",
      extraHTTPHeaders: request.cookie ? { cookie: request.cookie } : {},
    });
    try {
      await context.route("**/*", (route) =>
        new URL(route.request().url()).origin === origin ? route.continue() : route.abort(),
      );
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      await page.emulateMedia({ media: "print" });
      const response = await page.goto(request.url, { waitUntil: "load" });
      const landed = new URL(page.url());
      if (!response || response.status() !== 200 || landed.pathname !== new URL(request.url).pathname)
        throw new Error(`The page to print answered ${response?.status() ?? "nothing"} at ${landed.pathname}`);
      await request.ready(page);
      // Paper is white: the app's grey canvas is a screen background.
      await page.addStyleTag({ content: "html, body { background: #fff !important; }" });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = await page.pdf({
        format: "A4",
        margin: A4_MARGIN,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: headerTemplate(request.watermark, request.dir),
        footerTemplate: `<div dir="${request.dir}" style="width:100%;margin:0 12mm;font-size:8px;color:#4d5b68;display:flex;justify-content:space-between;font-family:Arial,'Noto Sans Arabic','Noto Sans CJK SC',sans-serif"><span>${escapeHtml(request.footer)}</span><span>${escapeHtml(request.pageOf).replace("{page}", '<span class="pageNumber"></span>').replace("{total}", '<span class="totalPages"></span>')}</span></div>`,
      });
      await page.close();
      return pdf;
    } finally {
      await context.close();
    }
  });
}

/** A rendered PDF as a private download named `filename`. */
export function pdfDownload(pdf: Buffer, filename: string): Response {
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${filename}"`,
      "content-length": String(pdf.length),
      "cache-control": "private, no-store",
    },
  });
}
