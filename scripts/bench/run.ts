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
import { closedYears, FULL, OPEN_YEAR, QUICK, type BenchConfig } from "./config";
import { fillDatabase, savedNotes } from "./fill";
import { launchChromium, runLighthouse, type LighthouseResult } from "./lighthouse";
import { pageWeight, type PageWeight } from "./page-weight";
import { measureReads } from "./reads";
import { figures, markdown, spliceGenerated, type EngineRun, type RunData } from "./report";
import { resultsSchema } from "./results";
import { measureScoring } from "./scoring";
import { cleanupOnInterrupt, ensureBuild, pgliteEngine, postgresEngine, startServer, type Engine } from "./server";

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

async function runEngine(
  engine: Engine,
  extras: ((base: string, cookies: { analyst: string; focal: string }, readCycle: number) => Promise<void>) | null,
): Promise<EngineRun> {
  const fills: EngineRun["fills"] = [];
  const reads: EngineRun["reads"] = [];
  let base = "";
  let stop = async () => {};
  for (const [i, size] of config.cycleSizes.entries()) {
    log(`${engine.name}: filling ${size} closed cycles of 193 states`);
    const fill = await fillDatabase(engine, closedYears(size), OPEN_YEAR, i === 0 ? focalStates : null);
    fills.push({ closedCycles: size, ...fill });
    log(`${engine.name}: ${JSON.stringify(fill.size)} in ${fill.seconds.toFixed(0)} s; starting the server`);
    const server = await startServer(engine);
    base = server.base;
    stop = server.stop;
    const analyst = await signIn(base, ANALYST_EMAIL);
    const readCycle = closedYears(size).at(-1)!;
    log(`${engine.name}: analyst reads of cycle ${readCycle} at ${size} closed cycles`);
    reads.push({
      closedCycles: size,
      cycle: readCycle,
      results: await measureReads(base, analyst, readCycle, config.reads),
    });
    if (i < config.cycleSizes.length - 1) await stop();
    else if (extras) await extras(base, { analyst, focal: await signIn(base, focalEmail(focalStates[0]!)) }, readCycle);
  }

  log(`${engine.name}: signing in ${focalStates.length} focal points`);
  const cookies = await signInAll(base, focalStates.map(focalEmail));
  const focalPoints = await Promise.all(
    focalStates.map(async (iso3, i) => ({
      iso3,
      cookie: cookies[i]!,
      version: await assessmentVersion(base, cookies[i]!, iso3, OPEN_YEAR),
    })),
  );
  log(`${engine.name}: deadline rush, ${focalPoints.length} focal points × ${config.autosave.durationSeconds} s`);
  const rush = await measureAutosave(base, focalPoints, OPEN_YEAR, config.autosave);
  await stop();
  // Counted with the server stopped: PGlite has one owner, and nothing can still be committing.
  const stored = await savedNotes(engine, OPEN_YEAR, AUTOSAVE_QUESTION, focalStates);
  let acknowledged = 0;
  let acknowledgedInDatabase = 0;
  let inDatabase = 0;
  for (const iso3 of focalStates) {
    const acks = rush.acknowledged.get(iso3) ?? 0;
    const saved = stored.get(iso3) ?? 0;
    acknowledged += acks;
    inDatabase += saved;
    acknowledgedInDatabase += Math.min(acks, saved);
  }
  log(`${engine.name}: ${acknowledged} saves acknowledged, ${acknowledgedInDatabase} of them in the database`);
  return {
    engine: engine.name,
    fills,
    reads,
    autosave: {
      focalPoints: focalPoints.length,
      durationSeconds: config.autosave.durationSeconds,
      baseline: rush.baseline,
      saves: rush.saves,
      acknowledged,
      inDatabase,
      acknowledgedInDatabase,
    },
  };
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
          const baseline = await runLighthouse(browser, `${base}/en/sign-in`, null);
          const results: LighthouseResult[] = [];
          for (const [route, cookie] of [
            ["/en", null],
            ["/en/assessment", cookies.focal],
            [dashboardRoute, cookies.analyst],
          ] as const) {
            const r = await runLighthouse(browser, `${base}${route}`, cookie);
            log(`  ${route}: ${r.score}`);
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
