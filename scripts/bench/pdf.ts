/**
 * Figure 6: the PDF country report (issue 17, target 7). One request at a time first (after one warm-up
 * request, which starts the server's headless browser), then ten at once: the server renders at most two
 * pages at a time (app/_lib/page-pdf.ts) and the others wait their turn, so every one must still succeed.
 * Baseline: the results page the report prints, requested the same way one at a time.
 */
import { percentile } from "./stats";

export interface PdfOptions {
  sequential: number;
  concurrent: number;
}

export interface TimedRequests {
  count: number;
  /** Answers that were not a PDF (status, type or body), and requests that got no answer. */
  failures: number;
  p50: number;
  p95: number;
  max: number;
  /** What the failures were: "status 500", "not a PDF", the network error. */
  reasons: string[];
}

export interface PdfResult {
  /** The cold request that starts the browser: reported, not judged. */
  warmupMs: number;
  page: TimedRequests;
  sequential: TimedRequests;
  concurrent: TimedRequests;
}

type Outcome = { ms: number; failure: string | null };

async function timed(url: string, cookie: string, expectPdf: boolean): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
    const body = Buffer.from(await response.arrayBuffer());
    const ms = performance.now() - started;
    if (response.status !== 200) return { ms, failure: `status ${response.status}` };
    if (expectPdf) {
      const isPdf =
        response.headers.get("content-type") === "application/pdf" && body.subarray(0, 5).toString() === "%PDF-";
      if (!isPdf) return { ms, failure: "not a PDF" };
    }
    return { ms, failure: null };
  } catch (error) {
    return { ms: performance.now() - started, failure: (error as Error).message };
  }
}

function summary(outcomes: Outcome[]): TimedRequests {
  const ms = outcomes.map((o) => o.ms);
  const reasons = outcomes.flatMap((o) => (o.failure ? [o.failure] : []));
  return {
    count: outcomes.length,
    failures: reasons.length,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    max: Math.max(...ms),
    reasons: [...new Set(reasons)],
  };
}

async function oneAtATime(url: string, cookie: string, count: number, expectPdf: boolean): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let i = 0; i < count; i++) outcomes.push(await timed(url, cookie, expectPdf));
  return outcomes;
}

/** `pagePath` is the results page (`/en/states/{iso3}/{cycle}`); its report is `/states/{iso3}/{cycle}/report.pdf`. */
export async function measurePdf(
  base: string,
  cookie: string,
  iso3: string,
  cycle: number,
  options: PdfOptions,
): Promise<PdfResult> {
  const pdfUrl = `${base}/states/${iso3}/${cycle}/report.pdf?locale=en`;
  const pageUrl = `${base}/en/states/${iso3}/${cycle}`;
  const warmup = await timed(pdfUrl, cookie, true);
  if (warmup.failure) throw new Error(`The first PDF report (${pdfUrl}) failed: ${warmup.failure}`);
  const page = summary(await oneAtATime(pageUrl, cookie, options.sequential, false));
  const sequential = summary(await oneAtATime(pdfUrl, cookie, options.sequential, true));
  const concurrent = summary(
    await Promise.all(Array.from({ length: options.concurrent }, () => timed(pdfUrl, cookie, true))),
  );
  return { warmupMs: warmup.ms, page, sequential, concurrent };
}
