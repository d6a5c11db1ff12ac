/**
 * `npm run bench` (`-- --quick` for a smaller run): builds the production app when
 * needed, then for PGlite and for a fresh database on the local Postgres server
 * fills the database with the seeded demo generator, starts the production
 * server and measures each figure of docs/benchmarks.md beside its baseline.
 * Writes bench/results.json and the generated part of docs/benchmarks.md.
 * Not a test: nothing here fails on a timing; it reports.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { format } from "prettier";
import { MEMBER_STATES } from "../../lib/reference";
import { ANALYST_EMAIL, assessmentVersion, focalEmail, signIn, signInAll } from "./accounts";
import { measureAutosave, AUTOSAVE_QUESTION } from "./autosave";
import { mergeLoads } from "./load";
import { measurePdf, type PdfResult } from "./pdf";
import { closedYears, FULL, OPEN_YEAR, QUICK, type BenchConfig } from "./config";
import { fillDatabase, savedNotes } from "./fill";
import { launchChromium, runLighthouse, type LighthouseResult } from "./lighthouse";
import { pageWeight, type PageWeight } from "./page-weight";
import { measureReads } from "./reads";
import { figures, markdown, spliceGenerated, type EngineRun, type RunData, type RushRun } from "./report";
import { resultsSchema } from "./results";
import { measureScoring } from "./scoring";
import {
  cleanupOnInterrupt,
  ensureBuild,
  pgliteEngine,
  postgresEngine,
  startServer,
  type Engine,
  type RunningServer,
  type ServerMemory,
} from "./server";

const config: BenchConfig = process.argv.includes("--quick") ? QUICK : FULL;
const POSTGRES_URL =
  process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const started = Date.now();
const log = (message: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${message}`);

/** Issue 17's targets 2 and 5: every route's first-load JS, and the HTML of the pages that carry a cycle's data. */
const JS_LIMIT_KB = 200;
const HTML_LIMIT_KB = 60;

const focalStates = MEMBER_STATES.slice(0, config.autosave.focalPoints).map((s) => s.iso3);

/** The routes whose first-load JS is weighed, and who may open them. */
function pageRoutes(readCycle: number) {
  return [
    { route: "/en/sign-in", as: null },
    { route: "/en", as: null },
    { route: "/en/framework", as: null },
    { route: "/en/assessment", as: "focal" },
    { route: "/en/results", as: "focal" },
    { route: `/en/analysis/${readCycle}`, as: "analyst" },
    { route: `/en/analysis/${readCycle}/heatmap`, as: "analyst" },
    { route: "/en/analysis/trends", as: "analyst" },
    { route: "/en/review", as: "analyst" },
    { route: resultsRoute(readCycle), as: "analyst" },
  ] as const;
}

/** The results page of one state in the cycle the analyst reads. */
function resultsRoute(readCycle: number): string {
  return `/en/states/${focalStates[0]}/${readCycle}`;
}

/** Signs the focal points in on `base` and reads their drafts' versions: what each autosave client starts from. */
async function focalPointsOn(base: string, iso3s: readonly string[]) {
  const cookies = await signInAll(base, iso3s.map(focalEmail));
  return Promise.all(
    iso3s.map(async (iso3, i) => ({
      iso3,
      cookie: cookies[i]!,
      version: await assessmentVersion(base, cookies[i]!, iso3, OPEN_YEAR),
    })),
  );
}

/**
 * The deadline rush on `servers` app servers sharing the engine's database (the focal points split between them,
 * each saving on its own server), then every save counted in the database with the servers stopped.
 */
async function rush(
  engine: Engine,
  servers: RunningServer[],
  notePrefix: string,
  savedBefore: Map<string, number>,
): Promise<{ run: RushRun; memory: ServerMemory[]; saved: Map<string, number> }> {
  const share = (k: number) => focalStates.filter((_, i) => i % servers.length === k);
  log(`${engine.name}: signing in ${focalStates.length} focal points on ${servers.length} server(s)`);
  const groups = await Promise.all(servers.map((s, k) => focalPointsOn(s.base, share(k))));
  log(
    `${engine.name}: deadline rush on ${servers.length} server(s), ${focalStates.length} focal points × ${config.autosave.durationSeconds} s`,
  );
  const results = await Promise.all(
    servers.map((s, k) =>
      measureAutosave(s.base, groups[k]!, OPEN_YEAR, { ...config.autosave, notePrefix: `${notePrefix} save` }),
    ),
  );
  const memory = await Promise.all(servers.map((s) => s.stop()));
  // Counted with the servers stopped: PGlite has one owner, and nothing can still be committing.
  const saved = await savedNotes(engine, OPEN_YEAR, AUTOSAVE_QUESTION, focalStates);
  let acknowledged = 0;
  let acknowledgedInDatabase = 0;
  let inDatabase = 0;
  for (const iso3 of focalStates) {
    const acks = results.reduce((sum, r) => sum + (r.acknowledged.get(iso3) ?? 0), 0);
    const added = (saved.get(iso3) ?? 0) - (savedBefore.get(iso3) ?? 0);
    acknowledged += acks;
    inDatabase += added;
    acknowledgedInDatabase += Math.min(acks, added);
  }
  log(`${engine.name}: ${acknowledged} saves acknowledged, ${acknowledgedInDatabase} of them in the database`);
  return {
    run: {
      servers: servers.length,
      focalPoints: focalStates.length,
      durationSeconds: config.autosave.durationSeconds,
      baseline: mergeLoads(results.map((r) => r.baseline)),
      saves: mergeLoads(results.map((r) => r.saves)),
      acknowledged,
      inDatabase,
      acknowledgedInDatabase,
    },
    memory,
    saved,
  };
}

async function runEngine(
  engine: Engine,
  extras: ((base: string, cookies: { analyst: string; focal: string }, readCycle: number) => Promise<void>) | null,
): Promise<EngineRun> {
  const fills: EngineRun["fills"] = [];
  const reads: EngineRun["reads"] = [];
  let server: RunningServer | null = null;
  let pdf: PdfResult | null = null;
  for (const [i, size] of config.cycleSizes.entries()) {
    log(`${engine.name}: filling ${size} closed cycles of 193 states`);
    const fill = await fillDatabase(engine, closedYears(size), OPEN_YEAR, i === 0 ? focalStates : null);
    fills.push({ closedCycles: size, ...fill });
    log(`${engine.name}: ${JSON.stringify(fill.size)} in ${fill.seconds.toFixed(0)} s; starting the server`);
    server = await startServer(engine);
    const base = server.base;
    const analyst = await signIn(base, ANALYST_EMAIL);
    const readCycle = closedYears(size).at(-1)!;
    log(`${engine.name}: analyst reads of cycle ${readCycle} at ${size} closed cycles`);
    reads.push({
      closedCycles: size,
      cycle: readCycle,
      results: await measureReads(base, analyst, readCycle, config.reads),
    });
    const logMemory = (after: string) => {
      const m = server!.memory();
      log(
        `  memory after ${after}: peak ${m.peakMb.toFixed(0)} MB (idle ${m.idleMb.toFixed(0)} MB, with the browser ${m.groupPeakMb.toFixed(0)} MB)`,
      );
    };
    logMemory("the reads");
    if (i < config.cycleSizes.length - 1) {
      await server.stop();
      continue;
    }
    if (extras) await extras(base, { analyst, focal: await signIn(base, focalEmail(focalStates[0]!)) }, readCycle);
    log(
      `${engine.name}: PDF reports of ${focalStates[0]} ${readCycle}, one at a time, then ${config.pdf.concurrent} at once`,
    );
    logMemory("the reads and page weight");
    pdf = await measurePdf(base, analyst, focalStates[0]!, readCycle, config.pdf);
    logMemory("the PDF reports");
    log(
      `  PDF p95 ${pdf.sequential.p95.toFixed(0)} ms one at a time, ${pdf.concurrent.count - pdf.concurrent.failures} of ${pdf.concurrent.count} at once (slowest ${pdf.concurrent.max.toFixed(0)} ms)`,
    );
  }
  if (!server || !pdf) throw new Error("no history size configured");

  const largest = config.cycleSizes[1];
  const one = await rush(engine, [server], "bench", new Map());
  const autosave = [one.run];
  const memory: EngineRun["memory"] = { closedCycles: largest, servers: [...one.memory] };
  if (engine.name === "postgres") {
    // Scaled out: two app servers on the one database, each save counted.
    const two = await Promise.all([startServer(engine), startServer(engine)]);
    const second = await rush(engine, two, "two servers", one.saved);
    autosave.push(second.run);
    memory.servers.push(...second.memory);
  }
  return { engine: engine.name, fills, reads, autosave, pdf, memory };
}

async function postgresReachable(url: string): Promise<string | null> {
  const sql = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await sql`select 1`;
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await sql.end();
  }
}

async function main() {
  log(`mode ${config.mode}: building the production app if the sources changed`);
  const buildSeconds = ensureBuild();

  // In-process, before any server runs, so it has a core to itself.
  log("scoring engine");
  const scoring = measureScoring(config.scoringSeconds);
  log(`  ${scoring.perSecond.toFixed(0)} assessments/s (baseline ${scoring.baselinePerSecond.toFixed(0)}/s)`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "res45-bench-"));
  const skipped: string[] = [];
  const engines: EngineRun[] = [];
  let weights: PageWeight[] = [];
  let lighthouse: RunData["lighthouse"] = null;
  let dashboardRoute = "";
  let htmlRoutes: string[] = [];
  try {
    // PGlite first: page weight and Lighthouse run on its server, the engine `npm start` uses.
    engines.push(
      await runEngine(pgliteEngine(path.join(dir, "pglite")), async (base, cookies, readCycle) => {
        dashboardRoute = `/en/analysis/${readCycle}`;
        htmlRoutes = [dashboardRoute, resultsRoute(readCycle), "/en/review"];
        log("page weight");
        const cookieFor = (as: "focal" | "analyst" | null) => (as ? cookies[as] : null);
        weights = [];
        for (const p of pageRoutes(readCycle)) weights.push(await pageWeight(base, p.route, cookieFor(p.as)));
        if (!config.lighthouse) return;
        log("Lighthouse");
        const browser = await launchChromium();
        try {
          // A first run warms the server's routes and the browser; it is not counted.
          await runLighthouse(browser, `${base}/en/sign-in`, null);
          const baseline = await runLighthouse(browser, `${base}/en/sign-in`, null);
          log(`  /en/sign-in: ${baseline.score}`);
          const results: LighthouseResult[] = [];
          // The eight pages of issue 17, target 4, each as the person who uses it.
          for (const [route, cookie] of [
            ["/en", null],
            ["/en/framework", null],
            ["/en/assessment", cookies.focal],
            ["/en/plan", cookies.focal],
            [resultsRoute(readCycle), cookies.analyst],
            [dashboardRoute, cookies.analyst],
            ["/en/review", cookies.analyst],
          ] as const) {
            const r = await runLighthouse(browser, `${base}${route}`, cookie);
            log(`  ${route}: ${r.score} (TBT ${Math.round(r.metrics.TBT ?? Number.NaN)} ms)`);
            results.push(r);
          }
          lighthouse = { baseline, results };
        } finally {
          await browser.close();
        }
      }),
    );
    const unreachable = await postgresReachable(POSTGRES_URL);
    if (unreachable) {
      skipped.push(`Postgres (${new URL(POSTGRES_URL).host} did not answer: ${unreachable})`);
      log(`Postgres skipped: ${unreachable}`);
    } else {
      const engine = await postgresEngine(POSTGRES_URL);
      // Ctrl-C mid-run still drops the bench database.
      const forget = cleanupOnInterrupt(() => engine.dispose());
      try {
        engines.push(await runEngine(engine, null));
      } finally {
        forget();
        await engine.dispose();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const run: RunData = {
    config,
    startedAt: new Date(started).toISOString().replace(/\.\d+Z$/, "Z"),
    minutes: (Date.now() - started) / 60000,
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model.trim() ?? "unknown",
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    buildSeconds,
    questions: scoring.questions,
    scoring,
    engines,
    skipped,
    pages: {
      weights,
      baseline: "/en/sign-in",
      jsLimit: JS_LIMIT_KB,
      htmlLimits: Object.fromEntries(htmlRoutes.map((r) => [r, HTML_LIMIT_KB])),
    },
    lighthouse,
  };
  const results = resultsSchema.parse({ figures: figures(run) });
  fs.mkdirSync("bench", { recursive: true });
  // Written as prettier writes them, so `npx prettier --check .` stays clean after every run.
  const json = await format(JSON.stringify(results), { parser: "json", printWidth: 120 });
  fs.writeFileSync(path.join("bench", "results.json"), json);
  const docPath = path.join("docs", "benchmarks.md");
  const existing = fs.existsSync(docPath) ? fs.readFileSync(docPath, "utf8") : "# Benchmarks\n";
  const doc = spliceGenerated(existing, markdown(run, results.figures));
  fs.writeFileSync(docPath, await format(doc, { parser: "markdown", printWidth: 120 }));
  const missed = results.figures.filter((f) => !f.met);
  log(
    `wrote bench/results.json and docs/benchmarks.md: ${results.figures.length - missed.length} met, ${missed.length} not met`,
  );
  for (const f of missed)
    console.log(`  not met: ${f.name} = ${f.value} ${f.unit} (baseline ${f.baseline}, target ${f.target})`);
}

try {
  await main();
} catch (error) {
  console.error(error);
  // The exit handler of ./server stops any server still running.
  process.exit(1);
}
