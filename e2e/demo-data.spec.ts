import { expect, test, type Page } from "@playwright/test";
import { apiSignIn, demoCsvLines, OPEN_CYCLE, signIn } from "./helpers";

/** The closed cycle before the open one: mostly validated, and no other spec changes it. */
const PREVIOUS_CYCLE = OPEN_CYCLE - 1;

interface ScoreRow {
  iso3: string;
  status: string;
  demo?: boolean;
}

async function expectDemoNotice(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByTestId("demo-data-notice"), path).toBeVisible();
  await expect(page.getByTestId("demo-data-notice"), path).toContainText("Demo data.");
  // On screen the watermark is hidden; it is for paper.
  await expect(page.getByTestId("demo-watermark"), path).toBeHidden();
}

// The browser tests run on the demo data set (scripts/serve-e2e.mjs seeds it): nothing may pass it for a finding.
test.describe("demo data cannot be mistaken for a finding", () => {
  test("a focal point sees the demo notice on results, audit and plan pages, and a watermark in print", async ({
    page,
  }) => {
    await signIn(page, "focal.bra@example.org");
    for (const path of [`/states/BRA/${OPEN_CYCLE}`, `/states/BRA/${OPEN_CYCLE}/audit`, "/plan", "/states/BRA/plan"])
      await expectDemoNotice(page, path);

    await page.goto(`/states/BRA/${OPEN_CYCLE}`);
    await page.emulateMedia({ media: "print" });
    const watermark = page.getByTestId("demo-watermark");
    await expect(watermark).toBeVisible();
    await expect(watermark).toHaveCSS("position", "fixed");
    await expect(watermark).toHaveText("Demo data");
  });

  test("an analyst sees it on the review queue, a review, every analysis page and the regional plans", async ({
    page,
  }) => {
    await signIn(page, "analyst@example.org");
    const scores = (await (await page.request.get(`/api/v1/cycles/${PREVIOUS_CYCLE}/scores`)).json()) as ScoreRow[];
    const validated = scores.find((s) => s.status === "validated");
    expect(validated, "the demo data validates most assessments of the previous cycle").toBeDefined();
    for (const path of [
      "/review",
      `/review?cycle=${PREVIOUS_CYCLE}`,
      `/states/${validated!.iso3}/${PREVIOUS_CYCLE}/review`,
      `/states/${validated!.iso3}/${PREVIOUS_CYCLE}`,
      `/analysis/${PREVIOUS_CYCLE}`,
      `/analysis/${PREVIOUS_CYCLE}/heatmap?region=africa`,
      "/analysis/trends",
      "/plan",
    ])
      await expectDemoNotice(page, path);
  });

  test("JSON exports say demo: true and CSV exports start with a # Demo data comment line", async ({ request }) => {
    await apiSignIn(request, "analyst@example.org");
    const scores = (await (await request.get(`/api/v1/cycles/${PREVIOUS_CYCLE}/scores`)).json()) as ScoreRow[];
    expect(scores.length).toBe(193);
    expect(scores.filter((s) => s.demo !== true)).toEqual([]);
    const validated = scores.find((s) => s.status === "validated")!;

    const file = await (
      await request.get(`/api/v1/assessments/${validated.iso3}/${PREVIOUS_CYCLE}/answers.json`)
    ).json();
    expect(file).toMatchObject({ schema: "res45-readiness/assessment-answers@1", demo: true });

    const csvHeaders: [string, string][] = [
      [`/api/v1/cycles/${PREVIOUS_CYCLE}/scores.csv`, "iso3,name,region,status,score_kind,overall"],
      [`/api/v1/cycles/${PREVIOUS_CYCLE}/answers.csv`, "iso3,region,status,question_id"],
      [`/api/v1/assessments/${validated.iso3}/${PREVIOUS_CYCLE}/answers.csv`, "question_id,pillar"],
    ];
    for (const [url, header] of csvHeaders) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(demoCsvLines(await response.text())[0], url).toMatch(new RegExp(`^${header}`));
    }
    // The same comment when the scores are asked for as CSV by Accept.
    const accepted = await request.get(`/api/v1/cycles/${PREVIOUS_CYCLE}/scores`, { headers: { accept: "text/csv" } });
    expect(demoCsvLines(await accepted.text())[0]).toMatch(/^iso3,name,region/);
  });

  test("the action plan's CSV export starts with the comment line too", async ({ request }) => {
    await apiSignIn(request, "focal.bra@example.org");
    const response = await request.get("/api/v1/plans/BRA/actions.csv");
    expect(response.status()).toBe(200);
    expect(demoCsvLines(await response.text())[0]).toContain("clause_citation");
  });
});
