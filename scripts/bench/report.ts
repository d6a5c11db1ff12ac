/**
 * Turns one run's measurements into bench/results.json's figures and the
 * generated part of docs/benchmarks.md. Every ratio and verdict is computed here
 * from the measurements; nothing is typed in.
 */
import type { BenchConfig } from "./config";
import type { LighthouseResult } from "./lighthouse";
import type { LoadResult } from "./load";
import type { PageWeight } from "./page-weight";
import type { PdfResult } from "./pdf";
import type { ServerMemory } from "./server";
import { READ_TARGETS, readPath, type ReadTarget } from "./reads";
import { evaluate, type Figure } from "./results";

export interface EngineRun {
  engine: "pglite" | "postgres";
  fills: { closedCycles: number; seconds: number; size: { cycles: number; assessments: number; answers: number } }[];
  reads: { closedCycles: number; cycle: number; results: Record<ReadTarget, LoadResult> }[];
  /** The deadline rush on one app server; on Postgres also on two app servers sharing the database. */
  autosave: RushRun[];
  pdf: PdfResult;
  /** Every app server that ran on the largest history (reads, page weight, PDF, rush). */
  memory: { closedCycles: number; servers: ServerMemory[] };
}

export interface RushRun {
  servers: number;
  focalPoints: number;
  durationSeconds: number;
  baseline: LoadResult;
  saves: LoadResult;
  acknowledged: number;
  /** Note changes in the audit log: every save that reached the database, acknowledged or not. */
  inDatabase: number;
  /** Acknowledged saves the database holds: per state, at most as many as were acknowledged. */
  acknowledgedInDatabase: number;
}

export interface RunData {
  config: BenchConfig;
  startedAt: string;
  minutes: number;
  machine: { cores: number; cpu: string; memoryGiB: number; node: string };
  buildSeconds: number;
  questions: number;
  scoring: { perSecond: number; baselinePerSecond: number };
  engines: EngineRun[];
  skipped: string[];
  pages: {
    weights: PageWeight[];
    baseline: string;
    /** First-load JavaScript, kB gzip, on every route. */
    jsLimit: number;
    /** HTML, kB gzip, of the pages that carry a cycle's data. */
    htmlLimits: Record<string, number>;
  };
  lighthouse: { results: LighthouseResult[]; baseline: LighthouseResult } | null;
}

export const READ_P95_LIMIT = 2;
/** Issue 17, target 2: the dashboard page's p95 against the same baseline. */
export const DASHBOARD_P95_LIMIT = 4;
const readLimit = (t: ReadTarget) => (t === "dashboard" ? DASHBOARD_P95_LIMIT : READ_P95_LIMIT);
export const AUTOSAVE_P95_LIMIT = 3;
/** "The same at 50 cycles as at 10": equal within what two loads of one run differ by on a busy 2-core machine. */
export const GROWTH_LIMIT = 1.5;
export const SCORING_TARGET = 50_000;
export const LIGHTHOUSE_TARGET = 90;
/** Issue 17, target 4: Lighthouse's total blocking time on each page, ms. */
export const LIGHTHOUSE_TBT_LIMIT_MS = 200;
/** Issue 17, target 6: the app server's peak resident set, MB (PGlite holds the database in the server process). */
export const MEMORY_LIMIT_MB = { pglite: 600, postgres: 350 } as const;
/** Issue 17, target 7: one PDF report, p95. */
export const PDF_P95_LIMIT_MS = 3000;

const rushName = (engine: string, r: RushRun) => (r.servers === 1 ? engine : `${engine}-${r.servers}-servers`);

/** The server of the largest peak among those that ran on the largest history. */
export function peakServer(e: EngineRun): ServerMemory {
  return e.memory.servers.reduce((a, b) => (b.peakMb > a.peakMb ? b : a));
}

const kB = (bytes: number) => bytes / 1000;

export function figures(run: RunData): Figure[] {
  const out: Figure[] = [];
  for (const e of run.engines) {
    for (const r of e.reads) {
      const health = r.results.health;
      for (const t of READ_TARGETS.filter((t) => t !== "health")) {
        out.push(
          evaluate(`reads.${e.engine}.${r.closedCycles}-cycles.${t}.p95`, r.results[t].p95, "ms", health.p95, {
            kind: "ratio-at-most",
            limit: readLimit(t),
          }),
        );
      }
    }
    const [small, large] = e.reads;
    if (small && large) {
      for (const t of READ_TARGETS.filter((t) => t !== "health")) {
        out.push(
          evaluate(
            `reads.${e.engine}.${t}.p95-at-${large.closedCycles}-vs-${small.closedCycles}-cycles`,
            large.results[t].p95,
            "ms",
            small.results[t].p95,
            { kind: "ratio-at-most", limit: GROWTH_LIMIT },
          ),
        );
      }
    }
    for (const a of e.autosave) {
      const name = rushName(e.engine, a);
      out.push(
        evaluate(`autosave.${name}.p95`, a.saves.p95, "ms", a.baseline.p95, {
          kind: "ratio-at-most",
          limit: AUTOSAVE_P95_LIMIT,
        }),
        evaluate(`autosave.${name}.errors`, a.saves.errors, "errors", a.baseline.errors, {
          kind: "at-most",
          limit: 0,
        }),
        evaluate(`autosave.${name}.saves-in-database`, a.acknowledgedInDatabase, "saves", a.acknowledged, {
          kind: "equal-baseline",
        }),
      );
    }
    const peak = peakServer(e);
    out.push(
      evaluate(`memory.${e.engine}.${e.memory.closedCycles}-cycles.peak-rss`, peak.peakMb, "MB", peak.idleMb, {
        kind: "at-most",
        limit: MEMORY_LIMIT_MB[e.engine],
      }),
      evaluate(`pdf.${e.engine}.p95`, e.pdf.sequential.p95, "ms", e.pdf.page.p95, {
        kind: "at-most",
        limit: PDF_P95_LIMIT_MS,
      }),
      evaluate(
        `pdf.${e.engine}.one-at-a-time.failures`,
        e.pdf.sequential.failures,
        "failures",
        e.pdf.sequential.count,
        {
          kind: "at-most",
          limit: 0,
        },
      ),
      evaluate(
        `pdf.${e.engine}.${e.pdf.concurrent.count}-at-once.failures`,
        e.pdf.concurrent.failures,
        "failures",
        e.pdf.concurrent.count,
        { kind: "at-most", limit: 0 },
      ),
    );
  }
  out.push(
    evaluate("scoring.assessments-per-second", run.scoring.perSecond, "assessments/s", run.scoring.baselinePerSecond, {
      kind: "at-least",
      limit: SCORING_TARGET,
    }),
  );
  const baselinePage = run.pages.weights.find((w) => w.route === run.pages.baseline);
  for (const w of run.pages.weights) {
    out.push(
      evaluate(`page-weight.${w.route}`, kB(w.gzipBytes), "kB", kB(baselinePage?.gzipBytes ?? Number.NaN), {
        kind: "at-most",
        limit: run.pages.jsLimit,
      }),
    );
  }
  for (const [route, limit] of Object.entries(run.pages.htmlLimits)) {
    const w = run.pages.weights.find((p) => p.route === route);
    const baselineHtml = kB(baselinePage?.htmlGzipBytes ?? Number.NaN);
    out.push(
      evaluate(`page-html.${route}`, w ? kB(w.htmlGzipBytes) : Number.NaN, "kB", baselineHtml, {
        kind: "at-most",
        limit,
      }),
    );
  }
  if (run.lighthouse) {
    const { baseline } = run.lighthouse;
    for (const r of [baseline, ...run.lighthouse.results]) {
      const path = new URL(r.url).pathname;
      out.push(
        evaluate(`lighthouse.${path}`, r.score, "score", baseline.score, {
          kind: "at-least",
          limit: LIGHTHOUSE_TARGET,
        }),
        evaluate(`lighthouse-tbt.${path}`, r.metrics.TBT ?? Number.NaN, "ms", baseline.metrics.TBT ?? Number.NaN, {
          kind: "at-most",
          limit: LIGHTHOUSE_TBT_LIMIT_MS,
        }),
      );
    }
  }
  return out;
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "—");
const yes = (met: boolean) => (met ? "met" : "**not met**");
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)} ×` : "—");

function table(header: string[], rows: (string | number)[][]): string {
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

/** The generated part of docs/benchmarks.md: one table per figure, each beside its baseline. */
export function markdown(run: RunData, results: Figure[]): string {
  const met = (name: string) => results.find((f) => f.name === name)?.met ?? false;
  const m = run.machine;
  const lines: string[] = [];
  lines.push(
    `Run: ${run.startedAt}, \`npm run bench${run.config.mode === "quick" ? " -- --quick" : ""}\`, ${run.minutes.toFixed(1)} minutes` +
      ` (build ${run.buildSeconds > 0 ? `${run.buildSeconds.toFixed(0)} s` : "up to date"}).` +
      ` Machine: **${m.cores} cores** (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}.` +
      ` Framework: ${run.questions} questions. ${results.filter((f) => f.met).length} of ${results.length} figures met.`,
  );
  if (run.skipped.length > 0) lines.push("", ...run.skipped.map((s) => `- Not measured: ${s}`));

  lines.push("", "### 1. Analyst reads", "");
  lines.push(
    `${run.config.reads.connections} concurrent clients, ${run.config.reads.durationSeconds} s per request after a ` +
      `${run.config.reads.warmupSeconds} s warm-up, signed in as a BDT analyst; 193 states × ${run.questions} questions, ` +
      `the newest closed cycle read. Baseline: \`GET /api/health\` (one \`SELECT 1\`) under the same load, just before. ` +
      `Target: p95 ≤ ${READ_P95_LIMIT} × the baseline's for the API reads, ≤ ${DASHBOARD_P95_LIMIT} × for the dashboard page. ` +
      `The clients accept gzip, as browsers do, and receive each body without decoding it; "kB / response" is what crossed the wire, "client CPU" the bench process's own share of one core during the load ` +
      `(it runs on the server's cores).`,
    "",
  );
  const readRows: (string | number)[][] = [];
  for (const e of run.engines) {
    for (const r of e.reads) {
      const health = r.results.health;
      for (const t of READ_TARGETS) {
        const x = r.results[t];
        readRows.push([
          e.engine,
          r.closedCycles,
          t === "health" ? "`/api/health` (baseline)" : `\`${readPathLabel(t)}\``,
          ms(x.p50),
          ms(x.p95),
          x.rps.toFixed(0),
          x.errors,
          (x.bytesPerResponse / 1000).toFixed(1),
          `${(x.clientCpu * 100).toFixed(0)} %`,
          t === "health" ? "—" : ratio(x.p95, health.p95),
          t === "health" ? "—" : yes(met(`reads.${e.engine}.${r.closedCycles}-cycles.${t}.p95`)),
        ]);
      }
    }
  }
  lines.push(
    table(
      [
        "engine",
        "closed cycles",
        "request",
        "p50 ms",
        "p95 ms",
        "req/s",
        "errors",
        "kB / response",
        "client CPU",
        "p95 / baseline",
        "target",
      ],
      readRows,
    ),
  );
  lines.push(
    "",
    `Cost against history: p95 at ${run.config.cycleSizes[1]} closed cycles over p95 at ${run.config.cycleSizes[0]} ` +
      `(target ≤ ${GROWTH_LIMIT} ×: the same, within the noise of two loads on this machine).`,
    "",
  );
  const growthRows: (string | number)[][] = [];
  for (const e of run.engines) {
    const [small, large] = e.reads;
    if (!small || !large) continue;
    for (const t of READ_TARGETS) {
      const name = `reads.${e.engine}.${t}.p95-at-${large.closedCycles}-vs-${small.closedCycles}-cycles`;
      growthRows.push([
        e.engine,
        `\`${readPathLabel(t)}\``,
        ms(small.results[t].p95),
        ms(large.results[t].p95),
        ratio(large.results[t].p95, small.results[t].p95),
        t === "health" ? "(baseline)" : yes(met(name)),
      ]);
    }
  }
  lines.push(
    table(
      [
        "engine",
        "request",
        `p95 ms, ${run.config.cycleSizes[0]} cycles`,
        `p95 ms, ${run.config.cycleSizes[1]} cycles`,
        "ratio",
        "target",
      ],
      growthRows,
    ),
  );
  lines.push("", "Database sizes:", "");
  lines.push(
    table(
      ["engine", "closed cycles", "cycles", "assessments", "answers", "fill s"],
      run.engines.flatMap((e) =>
        e.fills.map((f) => [
          e.engine,
          f.closedCycles,
          f.size.cycles,
          f.size.assessments,
          f.size.answers,
          f.seconds.toFixed(0),
        ]),
      ),
    ),
  );

  lines.push("", "### 2. Autosave under the deadline rush", "");
  const first = run.engines[0]?.autosave[0];
  lines.push(
    `${first?.focalPoints ?? 0} focal points (one per state, each signed in), each saving an answer of its own state's ` +
      `draft once a second for ${first?.durationSeconds ?? 0} s (\`PATCH /api/v1/assessments/{iso3}/{cycle}\`, one ` +
      `connection each). On Postgres the rush runs again on two app servers sharing the database, the focal points ` +
      `split between them. Baseline: \`GET /api/health\` on as many connections at the same rate, on the same ` +
      `server(s). Target: p95 ≤ ${AUTOSAVE_P95_LIMIT} × the baseline's, no error, and every acknowledged save in the ` +
      `database (counted in the audit log afterwards: each save writes a new note).`,
    "",
  );
  lines.push(
    table(
      [
        "engine",
        "app servers",
        "saves",
        "p50 ms",
        "p95 ms",
        "errors",
        "outcomes",
        "baseline p50 / p95 ms",
        "p95 / baseline",
        "acknowledged",
        "of them in database",
        "saves in database",
        "target",
      ],
      run.engines.flatMap((e) =>
        e.autosave.map((a) => {
          const name = rushName(e.engine, a);
          return [
            e.engine,
            a.servers,
            a.saves.count,
            ms(a.saves.p50),
            ms(a.saves.p95),
            a.saves.errors,
            Object.entries(a.saves.outcomes)
              .map(([k, n]) => `${k}: ${n}`)
              .join(", "),
            `${ms(a.baseline.p50)} / ${ms(a.baseline.p95)}`,
            ratio(a.saves.p95, a.baseline.p95),
            a.acknowledged,
            a.acknowledgedInDatabase,
            a.inDatabase,
            yes(
              met(`autosave.${name}.p95`) &&
                met(`autosave.${name}.errors`) &&
                met(`autosave.${name}.saves-in-database`),
            ),
          ];
        }),
      ),
    ),
  );

  lines.push("", "### 3. Scoring engine", "");
  lines.push(
    `\`scoreAssessment\` on the full framework (${run.questions} questions), in one process on one core, over the demo ` +
      `generator's answer sets. Baseline: reading each answer once into a map, the least any scoring does.`,
    "",
  );
  lines.push(
    table(
      ["measure", "assessments / s", "ratio to baseline", "target"],
      [
        ["baseline (answers into a map)", run.scoring.baselinePerSecond.toFixed(0), "1.00 ×", "—"],
        [
          "`scoreAssessment`",
          run.scoring.perSecond.toFixed(0),
          ratio(run.scoring.perSecond, run.scoring.baselinePerSecond),
          `≥ ${SCORING_TARGET} / s: ${yes(met("scoring.assessments-per-second"))}`,
        ],
      ],
    ),
  );

  lines.push("", "### 4. Page weight", "");
  lines.push(
    "First-load JavaScript of each route: the chunks its HTML's script tags load, gzip level 9, from the production " +
      `build, as a browser loads them. Baseline: \`${run.pages.baseline}\`, the lightest page (the shared runtime).`,
    "",
  );
  const baseline = run.pages.weights.find((w) => w.route === run.pages.baseline);
  lines.push(
    table(
      ["route", "chunks", "JS gzip kB", "JS raw kB", "JS vs baseline", "JS target", "HTML gzip kB", "HTML target"],
      run.pages.weights.map((w) => {
        const htmlLimit = run.pages.htmlLimits[w.route];
        return [
          `\`${w.route}\``,
          w.chunks,
          kB(w.gzipBytes).toFixed(1),
          kB(w.rawBytes).toFixed(1),
          baseline ? ratio(w.gzipBytes, baseline.gzipBytes) : "—",
          `≤ ${run.pages.jsLimit} kB: ${yes(met(`page-weight.${w.route}`))}`,
          kB(w.htmlGzipBytes).toFixed(1),
          htmlLimit === undefined ? "—" : `≤ ${htmlLimit} kB: ${yes(met(`page-html.${w.route}`))}`,
        ];
      }),
    ),
  );

  lines.push("", "### 5. Lighthouse", "");
  if (!run.lighthouse) {
    lines.push("Not run in `--quick` mode.");
  } else {
    const lh = run.lighthouse;
    lines.push(
      "lighthouse@12.2.3, default (mobile, simulated throttling) configuration, performance only, against " +
        "`/usr/bin/chromium` (headless) and the PGlite server of figure 1's larger database. Baseline: " +
        `\`${new URL(lh.baseline.url).pathname}\`, the simplest page, measured after one warm-up run. Target on every ` +
        `page, the baseline's included: a score of ${LIGHTHOUSE_TARGET} or more and a total blocking time of ` +
        `${LIGHTHOUSE_TBT_LIMIT_MS} ms or less.`,
      "",
    );
    lines.push(
      table(
        ["page", "score", "FCP ms", "LCP ms", "TBT ms", "CLS", "SI ms", "score target", "TBT target"],
        [lh.baseline, ...lh.results].map((r) => {
          const path = new URL(r.url).pathname;
          return [
            `\`${path}\`${r === lh.baseline ? " (baseline)" : ""}`,
            r.score,
            ms(r.metrics.FCP ?? Number.NaN),
            ms(r.metrics.LCP ?? Number.NaN),
            ms(r.metrics.TBT ?? Number.NaN),
            (r.metrics.CLS ?? Number.NaN).toFixed(3),
            ms(r.metrics.SI ?? Number.NaN),
            `≥ ${LIGHTHOUSE_TARGET}: ${yes(met(`lighthouse.${path}`))}`,
            `≤ ${LIGHTHOUSE_TBT_LIMIT_MS} ms: ${yes(met(`lighthouse-tbt.${path}`))}`,
          ];
        }),
      ),
    );
  }
  lines.push("", "### 6. Memory", "");
  lines.push(
    "Peak resident set of each app server that ran on the largest history (analyst reads, page weight, PDF reports, " +
      "the rush), from the kernel's high-water mark (`VmHWM` of `/proc/<pid>/status`) read before the server is " +
      "stopped. Baseline: the same server's resident set once it first answered. The headless browser the server " +
      "starts for PDF reports is a process of its own: the last column adds it (sum of the resident sets of the " +
      `server and its descendants, sampled every 250 ms). Target: ≤ ${MEMORY_LIMIT_MB.pglite} MB on PGlite (the database lives in the ` +
      `server), ≤ ${MEMORY_LIMIT_MB.postgres} MB for an app server on Postgres.`,
    "",
  );
  lines.push(
    table(
      ["engine", "closed cycles", "app server", "idle MB", "peak MB", "target", "with the browser, peak MB"],
      run.engines.flatMap((e) =>
        e.memory.servers.map((m, i) => [
          e.engine,
          e.memory.closedCycles,
          i === 0 ? "reads, pages, PDF, rush" : `rush on two servers, #${i}`,
          m.idleMb.toFixed(0),
          m.peakMb.toFixed(0),
          `≤ ${MEMORY_LIMIT_MB[e.engine]} MB: ${yes(m.peakMb <= MEMORY_LIMIT_MB[e.engine])}`,
          m.groupPeakMb.toFixed(0),
        ]),
      ),
    ),
  );

  lines.push("", "### 7. PDF report", "");
  const pdfFirst = run.engines[0]?.pdf;
  lines.push(
    `The country report (\`/states/{iso3}/{c}/report.pdf\`, the results page printed by the server's headless ` +
      `browser) of the state and cycle the analyst reads, as the analyst: one warm-up request (it starts the ` +
      `browser), ${pdfFirst?.sequential.count ?? 0} one at a time, then ${pdfFirst?.concurrent.count ?? 0} at once ` +
      `(the server renders two at a time; the others wait). Baseline: the results page itself, one at a time. ` +
      `Target: p95 ≤ ${PDF_P95_LIMIT_MS} ms one at a time, and every request answered with a PDF.`,
    "",
  );
  lines.push(
    table(
      [
        "engine",
        "warm-up ms",
        "page p95 ms",
        "requests",
        "PDF p50 ms",
        "PDF p95 ms",
        "failures",
        "slowest ms",
        "target",
      ],
      run.engines.flatMap((e) => {
        const p = e.pdf;
        const fail = (t: typeof p.sequential) => `${t.failures}${t.reasons.length ? ` (${t.reasons.join(", ")})` : ""}`;
        return [
          [
            e.engine,
            ms(p.warmupMs),
            ms(p.page.p95),
            `${p.sequential.count}, one at a time`,
            ms(p.sequential.p50),
            ms(p.sequential.p95),
            fail(p.sequential),
            ms(p.sequential.max),
            `p95 ≤ ${PDF_P95_LIMIT_MS} ms: ${yes(met(`pdf.${e.engine}.p95`))}; none failed: ${yes(met(`pdf.${e.engine}.one-at-a-time.failures`))}`,
          ],
          [
            e.engine,
            "—",
            "—",
            `${p.concurrent.count} at once`,
            ms(p.concurrent.p50),
            ms(p.concurrent.p95),
            fail(p.concurrent),
            ms(p.concurrent.max),
            `none failed: ${yes(met(`pdf.${e.engine}.${p.concurrent.count}-at-once.failures`))}`,
          ],
        ];
      }),
    ),
  );
  return lines.join("\n");
}

function readPathLabel(t: ReadTarget): string {
  return readPath(t, "{c}");
}

export const BEGIN = "<!-- bench:begin (written by npm run bench; edit outside these markers) -->";
export const END = "<!-- bench:end -->";

/** Replaces the generated part of the document, keeping what people wrote around it. */
export function spliceGenerated(document: string, generated: string): string {
  const start = document.indexOf(BEGIN);
  const end = document.indexOf(END);
  const block = `${BEGIN}\n\n${generated}\n\n${END}`;
  if (start === -1 || end === -1 || end < start) return `${document.trimEnd()}\n\n${block}\n`;
  return document.slice(0, start) + block + document.slice(end + END.length);
}
