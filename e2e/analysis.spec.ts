import fs from "node:fs";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { apiSignIn, demoCsvLines, OPEN_CYCLE, signIn } from "./helpers";

/** The closed cycle before the open one: mostly validated, and no other spec changes it. */
const PREVIOUS_CYCLE = OPEN_CYCLE - 1;
const PILLARS = ["legal", "technical", "organizational", "capacity", "cooperation"];

interface ScoreRow {
  iso3: string;
  region: string;
  status: string;
  overall: number | null;
  tier: { level: number; name: string } | null;
  pillars: Record<string, number> | null;
  outcomes: Record<string, number> | null;
}

interface RegionRow {
  region: string;
  states: number;
  counted: number;
  overall: number | null;
  pillars: Record<string, number> | null;
}

/** A score as the pages show it (lib/scoring formatScore). */
const shown = (n: number) => (n + 1e-9).toFixed(2);
/** A CSV line with its scores to the two decimals the dashboard sends and shows (the API's have full precision). */
const twoDecimals = (line: string) =>
  line
    .split(",")
    .map((cell) => (/^-?\d+\.\d+$/.test(cell) ? String(Number((Number(cell) + 1e-9).toFixed(2))) : cell))
    .join(",");
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return (await response.json()) as T;
}

async function stateNames(request: APIRequestContext): Promise<Map<string, string>> {
  const states = await getJson<{ iso3: string; name: string }[]>(request, "/api/v1/member-states");
  return new Map(states.map((s) => [s.iso3, s.name]));
}

/**
 * /scores and /regions of one moment: other specs change open-cycle assessments
 * meanwhile, so the pair counts only when /scores is the same before and after.
 */
async function consistentSnapshot(request: APIRequestContext, cycle: number, include: "validated" | "submitted") {
  for (let attempt = 0; attempt < 5; attempt++) {
    const before = await getJson<ScoreRow[]>(request, `/api/v1/cycles/${cycle}/scores`);
    const regions = await getJson<RegionRow[]>(request, `/api/v1/cycles/${cycle}/regions?include=${include}`);
    const after = await getJson<ScoreRow[]>(request, `/api/v1/cycles/${cycle}/scores`);
    if (JSON.stringify(before) === JSON.stringify(after)) return { scores: after, regions };
  }
  throw new Error(`The ${cycle} scores kept changing while they were read`);
}

function expectRegionsToBeMeansOf(regions: RegionRow[], scores: ScoreRow[], statuses: string[]) {
  expect(regions).toHaveLength(6);
  for (const region of regions) {
    const counted = scores.filter((s) => s.region === region.region && statuses.includes(s.status));
    expect(region.counted, region.region).toBe(counted.length);
    expect(region.states, region.region).toBe(scores.filter((s) => s.region === region.region).length);
    if (counted.length === 0) {
      expect(region.overall).toBeNull();
      continue;
    }
    const mean = (pick: (s: ScoreRow) => number) => counted.reduce((sum, s) => sum + pick(s), 0) / counted.length;
    expect(Math.abs(region.overall! - mean((s) => s.overall!)), `${region.region} overall`).toBeLessThan(1e-9);
    for (const p of PILLARS) {
      expect(Math.abs(region.pillars![p]! - mean((s) => s.pillars![p]!)), `${region.region} ${p}`).toBeLessThan(1e-9);
    }
  }
}

const rankingRegion = (page: Page) => page.getByRole("region", { name: "Ranking of Member States" });
const rankingRows = (page: Page) => rankingRegion(page).locator("tbody tr");
const rankingIso3 = (page: Page) =>
  rankingRows(page).evaluateAll((rows) => rows.map((r) => r.getAttribute("data-iso3")));

test.describe("analysis", () => {
  test("the dashboard shows its charts, the map and the tables, with status counts from the API", async ({ page }) => {
    await signIn(page, "analyst@example.org");
    await page.goto("/analysis");
    await expect(page).toHaveURL(new RegExp(`/analysis/${OPEN_CYCLE}$`));
    await page.goto(`/analysis/${PREVIOUS_CYCLE}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `Readiness across Member States, ${PREVIOUS_CYCLE}`,
    );
    await expect(page.getByRole("note")).toContainText("Demo data");

    for (const chart of [
      "Regional averages per pillar",
      "Regional averages per ITU-D outcome",
      "Pillar profile of each region",
      "Spread of overall scores within each region",
      "Tiers per region",
    ]) {
      const section = page.getByRole("region", { name: chart });
      // A chart is drawn when the reader comes near it.
      await section.scrollIntoViewIfNeeded();
      await expect(section.locator("svg.recharts-surface").first(), chart).toBeVisible();
      await section.getByText("Show the numbers as a table").click();
      await expect(section.getByRole("table"), chart).toBeVisible();
    }
    const pillarTable = page.getByRole("region", { name: "Regional averages per pillar" }).getByRole("table");
    await expect(pillarTable.locator("tbody tr")).toHaveCount(5);
    await expect(
      page.getByRole("region", { name: "Tiers per region" }).locator(".recharts-bar-rectangle").first(),
    ).toBeVisible();

    const map = page.getByRole("region", { name: "Overall score by Member State" });
    await expect(
      map.getByRole("group", { name: `World map of overall scores, ${PREVIOUS_CYCLE} cycle` }),
    ).toBeVisible();
    await expect(map.getByRole("list", { name: "Map legend" })).toContainText("No counted score");
    await map.getByText("Show the map as a table").click();
    await expect(map.getByRole("table")).toBeVisible();

    const scores = await getJson<ScoreRow[]>(page.request, `/api/v1/cycles/${PREVIOUS_CYCLE}/scores`);
    const statusTable = page.getByRole("table", {
      name: `Assessments of the ${PREVIOUS_CYCLE} cycle by status and region`,
    });
    const total = statusTable.locator("tfoot tr");
    await expect(total.locator("td").last()).toHaveText(String(scores.length));
    const validated = scores.filter((s) => s.status === "validated").length;
    await expect(total.locator("td").nth(4)).toHaveText(String(validated));
    const europe = statusTable.getByRole("row", { name: /^Europe/ });
    await expect(europe.locator("td").last()).toHaveText(String(scores.filter((s) => s.region === "europe").length));
  });

  test("the counting switch adds submitted assessments and keeps the choice in the URL", async ({ page }) => {
    await signIn(page, "analyst@example.org");
    await page.goto(`/analysis/${OPEN_CYCLE}`);
    const toggle = page.getByRole("switch", { name: "Count submitted assessments too" });
    await expect(toggle).not.toBeChecked();
    await page.getByText("Count submitted assessments too").click();
    await expect(page).toHaveURL(new RegExp(`/analysis/${OPEN_CYCLE}\\?include=submitted$`), { timeout: 30_000 });
    await expect(page.getByRole("switch", { name: "Count submitted assessments too" })).toBeChecked();
    await expect(page.getByText("Counted (validated or submitted)")).toBeVisible();
    await page.getByRole("link", { name: "Heat map" }).click();
    await expect(page).toHaveURL(new RegExp(`/analysis/${OPEN_CYCLE}/heatmap\\?include=submitted$`), {
      timeout: 30_000,
    });
  });

  test("regional averages are the means of the state scores (validated; open cycle with submitted too)", async ({
    request,
  }) => {
    await apiSignIn(request, "analyst@example.org");
    const previous = await consistentSnapshot(request, PREVIOUS_CYCLE, "validated");
    expect(previous.scores).toHaveLength(193);
    expect(previous.scores.filter((s) => s.status === "validated").length).toBeGreaterThan(100);
    expectRegionsToBeMeansOf(previous.regions, previous.scores, ["validated"]);

    const open = await consistentSnapshot(request, OPEN_CYCLE, "submitted");
    expect(open.scores.some((s) => s.status === "submitted")).toBe(true);
    expectRegionsToBeMeansOf(open.regions, open.scores, ["validated", "submitted"]);
  });

  test("the map: state shapes take focus, show name and score, and Enter opens the state's results", async ({
    page,
  }) => {
    await signIn(page, "analyst@example.org");
    const scores = await getJson<ScoreRow[]>(page.request, `/api/v1/cycles/${PREVIOUS_CYCLE}/scores`);
    const names = await stateNames(page.request);
    // Large states, so that each is surely on the 110m map; the first validated one is used.
    const state = ["KEN", "BRA", "IND", "EGY", "KAZ", "FRA", "AUS", "CAN", "ARG", "NGA"]
      .map((iso3) => scores.find((s) => s.iso3 === iso3))
      .find((s) => s?.status === "validated" && s.overall !== null)!;
    const name = names.get(state.iso3)!;

    await page.goto(`/analysis/${PREVIOUS_CYCLE}`);
    const map = page.getByRole("group", { name: `World map of overall scores, ${PREVIOUS_CYCLE} cycle` });
    // The shapes arrive after the page (a static file fetched when the reader comes near the map): wait for them.
    await map.scrollIntoViewIfNeeded();
    await expect.poll(() => map.locator('path[tabindex="0"]').count(), { timeout: 30_000 }).toBeGreaterThan(150);
    const shape = map.getByRole("link", {
      name: new RegExp(`^${escape(name)}: overall ${escape(shown(state.overall!))}`),
    });
    await shape.focus();
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip).toContainText(name);
    await expect(tooltip).toContainText(shown(state.overall!));
    await expect(tooltip).toContainText(`Tier ${state.tier!.level}`);
    await page.keyboard.press("Enter");
    // The results page is heavy (charts, gaps); on a loaded 2-core machine the navigation takes a while.
    await expect(page).toHaveURL(new RegExp(`/states/${state.iso3}/${PREVIOUS_CYCLE}$`), { timeout: 45_000 });
  });

  test("ranking table: sorts, filters by region, finds Kenya by name", async ({ page }) => {
    await signIn(page, "analyst@example.org");
    const scores = await getJson<ScoreRow[]>(page.request, `/api/v1/cycles/${PREVIOUS_CYCLE}/scores`);
    await page.goto(`/analysis/${PREVIOUS_CYCLE}`);
    // The rows are drawn when the reader comes near the table.
    await rankingRegion(page).scrollIntoViewIfNeeded();
    await expect(rankingRows(page)).toHaveCount(193);

    const withScores = scores.filter((s) => s.overall !== null);
    const highest = withScores.reduce((a, b) => (b.overall! > a.overall! ? b : a));
    const lowest = withScores.reduce((a, b) => (b.overall! < a.overall! ? b : a));
    const overallHeader = page.getByRole("columnheader", { name: "Overall", exact: true });
    await page.getByRole("button", { name: "Member State", exact: true }).click();
    await expect(page.getByRole("columnheader", { name: "Member State", exact: true })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
    await expect(overallHeader).toHaveAttribute("aria-sort", "none");
    await page.getByRole("button", { name: "Overall", exact: true }).click();
    await expect(overallHeader).toHaveAttribute("aria-sort", "descending");
    expect((await rankingIso3(page))[0]).toBe(highest.iso3);
    await expect(rankingRows(page).first().locator("td").nth(2)).toHaveText(shown(highest.overall!));
    await page.getByRole("button", { name: "Overall", exact: true }).click();
    await expect(overallHeader).toHaveAttribute("aria-sort", "ascending");
    expect((await rankingIso3(page))[0]).toBe(lowest.iso3);

    await page.getByLabel("Region", { exact: true }).selectOption({ label: "Europe" });
    const european = scores.filter((s) => s.region === "europe").map((s) => s.iso3);
    await expect(rankingRows(page)).toHaveCount(european.length);
    expect(new Set(await rankingIso3(page))).toEqual(new Set(european));
    for (const cell of await rankingRows(page).locator("td:nth-of-type(1)").allTextContents())
      expect(cell).toBe("Europe");

    await page.getByLabel("Region", { exact: true }).selectOption({ label: "All regions" });
    await page.getByLabel("Search by name", { exact: true }).fill("kenya");
    await expect(rankingRows(page)).toHaveCount(1);
    await expect(rankingRows(page).first().getByRole("rowheader")).toHaveText("Kenya");
    await expect(page.getByTestId("ranking-count")).toHaveText("Showing 1 of 193 Member States");
  });

  test("ranking table: the CSV and JSON exports hold exactly the filtered rows, in order", async ({ page }) => {
    await signIn(page, "analyst@example.org");
    const apiCsv = await (await page.request.get(`/api/v1/cycles/${PREVIOUS_CYCLE}/scores.csv`)).text();
    const apiLines = demoCsvLines(apiCsv);
    const apiByIso3 = new Map(apiLines.slice(1).map((l) => [l.slice(0, 3), twoDecimals(l)]));
    const scores = await getJson<ScoreRow[]>(page.request, `/api/v1/cycles/${PREVIOUS_CYCLE}/scores`);
    await page.goto(`/analysis/${PREVIOUS_CYCLE}`);
    await rankingRegion(page).scrollIntoViewIfNeeded();

    await page.getByLabel("Region", { exact: true }).selectOption({ label: "Africa" });
    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Validated" });
    const expected = scores.filter((s) => s.region === "africa" && s.status === "validated");
    await expect(rankingRows(page)).toHaveCount(expected.length);
    await page.getByRole("button", { name: "Legal", exact: true }).click();
    const order = await rankingIso3(page);

    const [csvDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export CSV" }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toBe(`res45-scores-${PREVIOUS_CYCLE}-selection.csv`);
    const lines = demoCsvLines(fs.readFileSync((await csvDownload.path())!, "utf8"));
    expect(lines[0]).toBe(apiLines[0]);
    expect(lines.slice(1)).toEqual(order.map((iso3) => apiByIso3.get(iso3!)));
    expect(lines).toHaveLength(expected.length + 1);

    const [jsonDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export JSON" }).click(),
    ]);
    const json = JSON.parse(fs.readFileSync((await jsonDownload.path())!, "utf8")) as ScoreRow[];
    expect(json.map((r) => r.iso3)).toEqual(order);
    expect(
      json.filter((r) => (r as ScoreRow & { demo?: boolean }).demo !== true),
      "every row marked demo",
    ).toEqual([]);
    const legal = json.map((r) => r.pillars!.legal!);
    expect(legal).toEqual([...legal].sort((a, b) => b - a));
    await expect(page.getByRole("link", { name: `All answers of ${PREVIOUS_CYCLE} (CSV)` })).toHaveAttribute(
      "href",
      `/api/v1/cycles/${PREVIOUS_CYCLE}/answers.csv`,
    );
  });

  test("the cycle's answers as CSV: one row per shared state and question", async ({ request }) => {
    await apiSignIn(request, "analyst@example.org");
    const scores = await getJson<ScoreRow[]>(request, `/api/v1/cycles/${PREVIOUS_CYCLE}/scores`);
    // The closed demo cycles were answered with questionnaire v1 (the open cycle with v2).
    const framework = await getJson<{ questions: { id: string }[] }>(request, "/api/v1/framework?version=1.0");
    const url = `/api/v1/cycles/${PREVIOUS_CYCLE}/answers.csv`;
    const response = await request.get(url, { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    // Compressed once and kept: the server sends the kept gzip, whose tag it weakens (the bytes differ).
    expect(response.headers()["content-encoding"]).toBe("gzip");
    const etag = response.headers()["etag"]!;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    const identity = await request.get(url, { headers: { "accept-encoding": "identity" } });
    expect(identity.headers()["content-encoding"]).toBeUndefined();
    expect(identity.headers()["etag"]).toBe(etag.slice(2));
    expect(await identity.text()).toBe(await response.text());
    expect((await request.get(url, { headers: { "if-none-match": etag } })).status()).toBe(304);
    const lines = demoCsvLines(await response.text());
    expect(lines[0]).toBe("iso3,region,status,question_id,pillar,outcome,value,credit,evidence_count");
    const shared = scores.filter((s) => ["submitted", "returned", "validated"].includes(s.status));
    expect(lines).toHaveLength(1 + shared.length * framework.questions.length);
    const rows = lines.slice(1).map((l) => l.split(","));
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(shared.map((s) => s.iso3)));
    // One assertion over all rows: thousands of expect() calls would dominate the test's time.
    const outOfRange = rows.filter((r) => !(Number(r[7]) >= 0 && Number(r[7]) <= 1) || r[7] === "");
    expect(outOfRange).toEqual([]);
  });

  test("the heat map has the region's counted states as columns and a credit in every cell", async ({ page }) => {
    await signIn(page, "analyst@example.org");
    const scores = await getJson<ScoreRow[]>(page.request, `/api/v1/cycles/${PREVIOUS_CYCLE}/scores`);
    const names = await stateNames(page.request);
    const expected = scores
      .filter((s) => s.region === "africa" && s.status === "validated")
      .map((s) => names.get(s.iso3)!)
      .sort((a, b) => a.localeCompare(b));

    await page.goto(`/analysis/${PREVIOUS_CYCLE}/heatmap?region=africa`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Heat map of answers: Africa");
    const table = page.getByRole("table", { name: /Credit earned by each answer of the Member States of Africa/ });
    const headers = (await table.locator("thead th").allTextContents()).map((t) => t.trim());
    expect(headers[0]).toBe("Question");
    expect(headers.at(-1)).toBe("Mean");
    expect(headers.slice(1, -1)).toEqual(expected);
    const firstQuestion = table.locator("tbody tr").nth(1);
    const cells = await firstQuestion.locator("td .sr-only").allTextContents();
    expect(cells).toHaveLength(expected.length);
    for (const c of cells) expect(c).toMatch(/^(0|1)\.\d\d$|^No answer$/);

    await page.getByRole("navigation", { name: "Region", exact: true }).getByRole("link", { name: "Europe" }).click();
    // A region's heat map is a large page: give a loaded machine time to render it.
    await expect(page).toHaveURL(new RegExp(`/analysis/${PREVIOUS_CYCLE}/heatmap\\?region=europe$`), {
      timeout: 30_000,
    });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Heat map of answers: Europe");
  });

  test("the trends page draws the region's and Kenya's lines, with their tables", async ({ page }) => {
    await signIn(page, "analyst@example.org");
    const cycles = await getJson<{ year: number }[]>(page.request, "/api/v1/cycles");
    const scores = await getJson<ScoreRow[]>(page.request, `/api/v1/cycles/${PREVIOUS_CYCLE}/scores`);
    const regions = await getJson<RegionRow[]>(page.request, `/api/v1/cycles/${PREVIOUS_CYCLE}/regions`);
    await page.goto("/analysis/trends?region=africa&state=KEN");

    const region = page.getByRole("region", { name: "Africa: regional average per cycle" });
    await region.scrollIntoViewIfNeeded();
    await expect(region.locator(".recharts-line")).toHaveCount(6);
    await region.getByText("Show the numbers as a table").click();
    const regionRow = region.getByRole("row", { name: new RegExp(`^${PREVIOUS_CYCLE}`) });
    const africa = regions.find((r) => r.region === "africa")!;
    await expect(regionRow.locator("td").nth(0)).toHaveText(String(africa.counted));
    await expect(regionRow.locator("td").nth(1)).toHaveText(shown(africa.overall!));

    const kenya = page.getByRole("region", { name: "Kenya: scores per cycle" });
    await kenya.scrollIntoViewIfNeeded();
    await expect(kenya.locator(".recharts-line")).toHaveCount(6);
    await expect(kenya.locator(".recharts-line-curve").first()).toBeVisible();
    await kenya.getByText("Show the numbers as a table").click();
    const table = kenya.getByRole("table", { name: /Scores of Kenya per cycle/ });
    await expect(table.locator("tbody tr")).toHaveCount(cycles.length);
    const ken = scores.find((s) => s.iso3 === "KEN")!;
    const kenRow = table.getByRole("row", { name: new RegExp(`^${PREVIOUS_CYCLE}`) });
    const noScoreYet = ken.status === "draft" || ken.status === "not_started";
    await expect(kenRow.locator("td").nth(1)).toHaveText(
      ken.status === "validated" ? shown(ken.overall!) : noScoreYet ? "No score yet" : "—",
    );
    await expect(page.getByLabel("Member State", { exact: true })).toHaveValue("KEN");
  });

  test("focal points get 403 from the BDT endpoints and pages, anonymous users 401", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    for (const url of [`/api/v1/cycles/${PREVIOUS_CYCLE}/scores`, `/api/v1/cycles/${PREVIOUS_CYCLE}/answers.csv`]) {
      expect((await anonymous.get(url)).status(), url).toBe(401);
    }
    await page.goto(`/analysis/${PREVIOUS_CYCLE}`);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=%2Fanalysis%2F${PREVIOUS_CYCLE}`));

    await signIn(page, "focal.ken@example.org");
    for (const url of [
      `/api/v1/cycles/${PREVIOUS_CYCLE}/scores`,
      `/api/v1/cycles/${PREVIOUS_CYCLE}/scores.csv`,
      `/api/v1/cycles/${PREVIOUS_CYCLE}/answers.csv`,
    ]) {
      const response = await page.request.get(url);
      expect(response.status(), url).toBe(403);
      expect(await response.text(), url).not.toContain("iso3,");
    }
    for (const path of [
      "/analysis",
      `/analysis/${PREVIOUS_CYCLE}`,
      `/analysis/${PREVIOUS_CYCLE}/heatmap?region=africa`,
      "/analysis/trends?region=africa&state=KEN",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Analysis is for BDT staff");
      await expect(page.getByText("403 Forbidden"), path).toBeVisible();
      await expect(page.locator("svg.recharts-surface"), path).toHaveCount(0);
    }
  });

  test("a focal point sees regional averages only where at least three states are counted", async ({ request }) => {
    await apiSignIn(request, "focal.ken@example.org");
    for (const [cycle, include] of [
      [PREVIOUS_CYCLE, "validated"],
      [OPEN_CYCLE, "validated"],
      [OPEN_CYCLE, "submitted"],
    ] as const) {
      const regions = await getJson<RegionRow[]>(request, `/api/v1/cycles/${cycle}/regions?include=${include}`);
      expect(regions).toHaveLength(6);
      for (const r of regions) {
        const label = `${cycle} ${include} ${r.region} (${r.counted} counted)`;
        if (r.counted < 3) {
          expect(r.overall, label).toBeNull();
          expect(r.pillars, label).toBeNull();
        } else {
          expect(typeof r.overall, label).toBe("number");
          expect(Object.keys(r.pillars ?? {}).sort(), label).toEqual([...PILLARS].sort());
        }
      }
    }
  });
});
