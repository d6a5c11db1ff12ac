import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { apiSignIn, OPEN_CYCLE, signIn } from "./helpers";

/** The methodology's two-decimal display, written out here rather than imported from the code under test. */
const shown = (x: number) => (x + 1e-9).toFixed(2);

interface Scores {
  overall: number;
  completion: number;
  tier: { level: number; name: string };
  pillars: Record<string, number>;
  outcomes: Record<string, number>;
}
interface Answer {
  questionId: string;
  value: string | null;
  evidence: string[];
  note: string;
}
interface Assessment {
  status: string;
  framework: string;
  answers: Answer[];
  scores: Scores;
}
interface Framework {
  id: string;
  pillars: { id: string; name: string }[];
  outcomes: { id: string }[];
  questions: { id: string; evidenceRequired: boolean; options: { value: string; credit: number }[] }[];
}

async function getAssessment(api: APIRequestContext, iso3: string, cycle: number): Promise<Assessment> {
  const response = await api.get(`/api/v1/assessments/${iso3}/${cycle}`);
  expect(response.status(), `GET assessment ${iso3} ${cycle}`).toBe(200);
  return response.json();
}

/** A column of a results table, keyed by row (pillar or outcome id). */
function tableColumn(
  table: Locator,
  series: "current" | "previous" | "change" | "region",
): Promise<Record<string, string>> {
  return table
    .locator("tbody tr")
    .evaluateAll(
      (rows, s) =>
        Object.fromEntries(
          rows.map((r) => [r.getAttribute("data-item"), r.querySelector(`[data-series="${s}"]`)?.textContent?.trim()]),
        ),
      series,
    );
}

function mean(values: number[]) {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function gapShortfalls(page: Page): Promise<{ id: string; shortfall: number }[]> {
  return page
    .getByTestId("gap-list")
    .locator(":scope > li")
    .evaluateAll((items) =>
      items.map((li) => ({
        id: li.getAttribute("data-question") ?? "",
        shortfall: Number(li.getAttribute("data-shortfall")),
      })),
    );
}

test.describe("results and country report", () => {
  test("a focal point sees their score (or 'no score yet'), both charts with their tables, and gaps ranked by shortfall", async ({
    page,
    request,
  }) => {
    test.slow(); // reads every assessment of the Americas to recompute the region's average
    await signIn(page, "focal.bra@example.org");
    await page.getByRole("link", { name: "Our results" }).click();
    await expect(page).toHaveURL(new RegExp(`/states/BRA/${OPEN_CYCLE}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Brazil");

    const view = await getAssessment(page.request, "BRA", OPEN_CYCLE);
    expect(view.status).toBe("draft");
    // A draft with unanswered questions has no score yet: no overall, no tier, no change, no current series.
    const scored = view.scores.completion === 1;
    if (scored) {
      await expect(page.getByTestId("overall-score")).toHaveText(shown(view.scores.overall));
      await expect(page.getByTestId("overall-tier")).toHaveText(
        `Tier ${view.scores.tier.level} · ${view.scores.tier.name}`,
      );
      await expect(page.getByText(/Provisional: these scores follow the answers saved so far/)).toBeVisible();
    } else {
      await expect(page.getByTestId("no-score-yet")).toHaveText("No score yet");
      await expect(page.getByTestId("overall-score")).toHaveCount(0);
      await expect(page.getByTestId("overall-tier")).toHaveCount(0);
      await expect(page.getByText(/Draft with questions still unanswered/)).toBeVisible();
      await expect(page.getByTestId("previous-summary")).toContainText("No change yet");
      await expect(page.getByTestId("region-summary")).toContainText("No change yet");
      await expect(page.getByTestId("previous-summary")).not.toContainText("−");
    }

    // The comparisons, computed here from the API: Brazil's latest earlier validated cycle, and the
    // plain mean of the validated assessments of the Americas in this cycle (read by an analyst).
    let previous: { cycle: number; scores: Scores } | null = null;
    for (const cycle of [OPEN_CYCLE - 1, OPEN_CYCLE - 2]) {
      const earlier = await getAssessment(page.request, "BRA", cycle);
      if (earlier.status === "validated") {
        previous = { cycle, scores: earlier.scores };
        break;
      }
    }
    expect(previous, "the demo data gives Brazil a validated assessment in an earlier cycle").not.toBeNull();
    await apiSignIn(request, "analyst@example.org");
    const americas = (await (await request.get("/api/v1/member-states?region=americas")).json()) as { iso3: string }[];
    const americasAssessments = await Promise.all(
      americas.map(async ({ iso3 }) => {
        const response = await request.get(`/api/v1/assessments/${iso3}/${OPEN_CYCLE}`);
        // A draft answers 403: it stays with its state, and it is not validated anyway.
        expect([200, 403], `GET assessment ${iso3}`).toContain(response.status());
        return response.status() === 403 ? null : ((await response.json()) as Assessment);
      }),
    );
    const validated = americasAssessments.filter((a) => a?.status === "validated").map((a) => a!.scores);
    expect(validated.length).toBeGreaterThan(0);
    await expect(page.getByTestId("region-summary")).toContainText(
      `Average ${shown(mean(validated.map((s) => s.overall)))} over ${validated.length} validated assessment`,
    );
    await expect(page.getByTestId("previous-summary")).toContainText(
      `${previous!.cycle} (validated): ${shown(previous!.scores.overall)}`,
    );

    // Both charts are drawn (when the reader comes near them), with one series each for this cycle, the previous
    // cycle and the region.
    await page.locator('[data-chart="pillars"]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-chart="pillars"] svg.recharts-surface')).toBeVisible();
    await page.locator('[data-chart="outcomes"]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-chart="outcomes"] svg.recharts-surface')).toBeVisible();
    const series = scored ? 3 : 2;
    await expect(page.locator('[data-chart="pillars"] .recharts-radar')).toHaveCount(series);
    await expect(page.locator('[data-chart="outcomes"] .recharts-bar-rectangle')).toHaveCount(3 * series);

    // Each chart's table carries the same numbers.
    const pillarTable = page.getByRole("table", { name: /^Pillar scores of Brazil/ });
    const outcomeTable = page.getByRole("table", { name: /^Outcome scores of Brazil/ });
    await expect(pillarTable.locator("tbody tr")).toHaveCount(5);
    await expect(outcomeTable.locator("tbody tr")).toHaveCount(3);
    const framework = (await (await page.request.get("/api/v1/framework")).json()) as Framework;
    const expectColumn = async (
      table: Locator,
      series: "current" | "previous" | "region",
      ids: string[],
      values: (id: string) => number,
    ) => expect(await tableColumn(table, series)).toEqual(Object.fromEntries(ids.map((id) => [id, shown(values(id))])));
    const pillarIds = framework.pillars.map((p) => p.id);
    const outcomeIds = framework.outcomes.map((o) => o.id);
    const noCurrent = async (table: Locator, ids: string[]) => {
      const cells = await tableColumn(table, "current");
      expect(Object.keys(cells).sort()).toEqual([...ids].sort());
      for (const id of ids) expect(cells[id], id).toMatch(/^—/);
      const changes = await tableColumn(table, "change");
      for (const id of ids) expect(changes[id], id).toMatch(/^—/);
    };
    if (scored) await expectColumn(pillarTable, "current", pillarIds, (id) => view.scores.pillars[id]!);
    else await noCurrent(pillarTable, pillarIds);
    await expectColumn(pillarTable, "previous", pillarIds, (id) => previous!.scores.pillars[id]!);
    await expectColumn(pillarTable, "region", pillarIds, (id) => mean(validated.map((s) => s.pillars[id]!)));
    if (scored) await expectColumn(outcomeTable, "current", outcomeIds, (id) => view.scores.outcomes[id]!);
    else await noCurrent(outcomeTable, outcomeIds);
    await expectColumn(outcomeTable, "previous", outcomeIds, (id) => previous!.scores.outcomes[id]!);
    await expectColumn(outcomeTable, "region", outcomeIds, (id) => mean(validated.map((s) => s.outcomes[id]!)));

    // Gaps: every question below its best credit, largest shortfall first, adding up to 100 − overall.
    const credit = (q: Framework["questions"][number]) => {
      const answer = view.answers.find((a) => a.questionId === q.id);
      const option = q.options.find((o) => o.value === answer?.value);
      if (!answer || !option) return 0;
      return q.evidenceRequired && answer.evidence.length === 0 ? option.credit / 2 : option.credit;
    };
    const best = (q: Framework["questions"][number]) => Math.max(...q.options.map((o) => o.credit));
    const expectedGaps = framework.questions.filter((q) => credit(q) < best(q));
    const gaps = await gapShortfalls(page);
    expect(gaps.map((g) => g.id).sort()).toEqual(expectedGaps.map((q) => q.id).sort());
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!.shortfall).toBeLessThanOrEqual(gaps[i - 1]!.shortfall + 1e-9);
    expect(gaps.reduce((sum, g) => sum + g.shortfall, 0)).toBeCloseTo(100 - view.scores.overall, 6);
    const shownShortfalls = await page.getByTestId("gap-shortfall").allTextContents();
    expect(shownShortfalls[0]).toContain(`+${shown(gaps[0]!.shortfall)}`);

    const first = page.getByTestId("gap-list").locator(":scope > li").first();
    await expect(first).toContainText("Recommended action:");
    await expect(first).toContainText(/Resolution 45, /);
    const withoutEvidence = expectedGaps.find((q) => {
      const answer = view.answers.find((a) => a.questionId === q.id);
      return q.evidenceRequired && answer?.value && answer.evidence.length === 0 && credit(q) > 0;
    });
    if (withoutEvidence)
      await expect(page.locator(`li[data-question="${withoutEvidence.id}"]`)).toContainText("Evidence missing");
    const evidenceOptional = expectedGaps.find((q) => !q.evidenceRequired);
    if (evidenceOptional)
      await expect(page.locator(`li[data-question="${evidenceOptional.id}"]`)).not.toContainText("Evidence missing");
  });

  test("the what-if gives the score POST /api/v1/score computes for the ticked gaps closed", async ({ page }) => {
    await signIn(page, "focal.bra@example.org");
    await page.goto(`/states/BRA/${OPEN_CYCLE}`);
    const view = await getAssessment(page.request, "BRA", OPEN_CYCLE);
    const framework = (await (await page.request.get(`/api/v1/framework`)).json()) as Framework;
    const whatIf = page.getByTestId("what-if");
    await expect(whatIf.getByTestId("what-if-before")).toHaveText(shown(view.scores.overall));
    await expect(whatIf.getByTestId("what-if-after")).toHaveText(shown(view.scores.overall));

    const gaps = await gapShortfalls(page);
    const ticked = [gaps[0]!, gaps[2]!, gaps[5]!];
    for (const gap of ticked) await page.getByRole("checkbox", { name: `Include ${gap.id} in the what-if` }).check();
    await expect(whatIf.getByTestId("what-if-count")).toHaveText(`3 of ${gaps.length} gaps ticked`);

    // The closed answers, built here: best option, and evidence where it is required and missing.
    const closed = [...view.answers.filter((a) => !ticked.some((g) => g.id === a.questionId))];
    for (const gap of ticked) {
      const question = framework.questions.find((q) => q.id === gap.id)!;
      const bestOption = [...question.options].sort((a, b) => b.credit - a.credit)[0]!;
      const current = view.answers.find((a) => a.questionId === gap.id);
      const evidence =
        current && current.evidence.length > 0
          ? current.evidence
          : question.evidenceRequired
            ? ["https://gov.example/planned-evidence"]
            : [];
      closed.push({ questionId: gap.id, value: bestOption.value, evidence, note: current?.note ?? "" });
    }
    const response = await page.request.post("/api/v1/score", { data: { framework: view.framework, answers: closed } });
    expect(response.status()).toBe(200);
    const expected = (await response.json()) as Scores;
    expect(expected.overall).toBeGreaterThan(view.scores.overall);
    expect(expected.overall - view.scores.overall).toBeCloseTo(
      ticked.reduce((sum, g) => sum + g.shortfall, 0),
      6,
    );

    await expect(whatIf.getByTestId("what-if-after")).toHaveText(shown(expected.overall));
    await expect(whatIf.getByTestId("what-if-before")).toHaveText(shown(view.scores.overall));
    await expect(whatIf.getByTestId("what-if-tier")).toContainText(
      `Tier ${expected.tier.level} · ${expected.tier.name}`,
    );
    const after = await whatIf
      .getByTestId("what-if-pillars")
      .locator("tbody tr")
      .evaluateAll((rows) =>
        Object.fromEntries(rows.map((r) => [r.getAttribute("data-item"), r.lastElementChild?.textContent])),
      );
    expect(after).toEqual(Object.fromEntries(framework.pillars.map((p) => [p.id, shown(expected.pillars[p.id]!)])));

    await page.getByRole("button", { name: "Untick all" }).click();
    await expect(whatIf.getByTestId("what-if-after")).toHaveText(shown(view.scores.overall));
    await page.getByRole("button", { name: /^Tick the 5 largest$/ }).click();
    await expect(whatIf.getByTestId("what-if-count")).toHaveText(`5 of ${gaps.length} gaps ticked`);
    await expect(page.getByRole("checkbox", { name: `Include ${gaps[4]!.id} in the what-if` })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: `Include ${gaps[5]!.id} in the what-if` })).not.toBeChecked();
  });

  test("an incomplete assessment shows 'no score yet' and no change; the analysts' ranking and queue say so too", async ({
    page,
  }) => {
    await signIn(page, "focal.ken@example.org");
    const view = await getAssessment(page.request, "KEN", OPEN_CYCLE);
    expect(view.scores.completion, "Kenya's demo draft leaves questions unanswered").toBeLessThan(1);
    await page.goto(`/states/KEN/${OPEN_CYCLE}`);
    await expect(page.getByTestId("no-score-yet")).toHaveText("No score yet");
    await expect(page.getByTestId("overall")).not.toContainText(shown(view.scores.overall));
    await expect(page.getByTestId("previous-summary")).not.toContainText(/[−+]\d/);
    await expect(page.getByTestId("region-summary")).not.toContainText(/[−+]\d/);
    const changes = await tableColumn(page.getByTestId("pillar-table"), "change");
    expect(Object.values(changes).filter((c) => !c.startsWith("—"))).toEqual([]);

    await page.context().clearCookies();
    await signIn(page, "analyst@example.org");
    const scores = (await (await page.request.get(`/api/v1/cycles/${OPEN_CYCLE}/scores`)).json()) as {
      iso3: string;
      status: string;
    }[];
    const unscored = scores.find((s) => s.status === "draft" || s.status === "not_started")!;
    await page.goto(`/analysis/${OPEN_CYCLE}`);
    await page.getByRole("region", { name: "Ranking of Member States" }).scrollIntoViewIfNeeded();
    const row = page.locator(`tr[data-iso3="${unscored.iso3}"]`);
    await expect(row).toContainText("No score yet");
    await expect(row).not.toContainText("0.00");
    await page.goto(`/review?cycle=${OPEN_CYCLE}`);
    await expect(page.getByRole("row", { name: /Kenya/ })).toContainText("No score yet");
  });

  test("a focal point of another state gets a 403 panel for Brazil, an unknown state a 404 panel", async ({ page }) => {
    await signIn(page, "focal.ken@example.org");
    await page.goto(`/states/BRA/${OPEN_CYCLE}`);
    const panel = page.getByTestId("results-unavailable");
    await expect(panel).toHaveAttribute("data-status", "403");
    await expect(panel.getByRole("heading", { level: 1 })).toHaveText("These results are not available to you");
    await expect(panel).toContainText("own Member State");
    await expect(page.getByTestId("overall-score")).toHaveCount(0);
    await expect(page.getByTestId("gap-list")).toHaveCount(0);

    await panel.getByRole("link", { name: "Go to your results" }).click();
    await expect(page).toHaveURL(new RegExp(`/states/KEN/${OPEN_CYCLE}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kenya");

    await page.goto(`/states/XXX/${OPEN_CYCLE}`);
    await expect(page.getByTestId("results-unavailable")).toHaveAttribute("data-status", "404");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No such results");
  });

  test("an analyst opens a validated state's results, but not a draft", async ({ page, request }) => {
    const cycle = OPEN_CYCLE - 1;
    await apiSignIn(request, "analyst@example.org");
    const states = (await (await request.get("/api/v1/member-states")).json()) as { iso3: string; name: string }[];
    let found: { iso3: string; name: string; assessment: Assessment } | undefined;
    for (const state of states.slice(0, 30)) {
      const response = await request.get(`/api/v1/assessments/${state.iso3}/${cycle}`);
      if (response.status() !== 200) continue;
      const assessment = (await response.json()) as Assessment;
      if (assessment.status === "validated") {
        found = { ...state, assessment };
        break;
      }
    }
    expect(found, `a validated assessment in ${cycle}`).toBeDefined();

    await signIn(page, "analyst@example.org");
    await page.goto(`/states/${found!.iso3}/${cycle}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(found!.name);
    await expect(page.getByText("Validated", { exact: true })).toBeVisible();
    await expect(page.getByTestId("overall-score")).toHaveText(shown(found!.assessment.scores.overall));
    await expect(page.getByText(/Provisional/)).toHaveCount(0);
    await page.locator('[data-chart="pillars"]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-chart="pillars"] svg.recharts-surface')).toBeVisible();
    await expect(page.getByRole("link", { name: "Download PDF report" })).toHaveAttribute(
      "href",
      `/states/${found!.iso3}/${cycle}/report.pdf?locale=en`,
    );

    await page.goto(`/states/BRA/${OPEN_CYCLE}`);
    await expect(page.getByTestId("results-unavailable")).toHaveAttribute("data-status", "403");
    await expect(page.getByTestId("results-unavailable")).toContainText("draft");

    await page.goto("/results");
    await expect(page).toHaveURL(/\/review$/);
  });

  test("the country report is an A4 PDF for whoever may read the results; 401 without a session, 403 for others", async ({
    page,
    request,
    playwright,
    baseURL,
  }) => {
    test.slow(); // prints two reports; the first one also starts the server's browser
    const anonymous = await request.get(`/states/BRA/${OPEN_CYCLE}/report.pdf`);
    expect(anonymous.status()).toBe(401);
    expect(anonymous.headers()["content-type"]).toContain("application/json");

    const kenya = await playwright.request.newContext({ baseURL });
    await apiSignIn(kenya, "focal.ken@example.org");
    expect((await kenya.get(`/states/BRA/${OPEN_CYCLE}/report.pdf`)).status()).toBe(403);
    await kenya.dispose();

    await signIn(page, "focal.bra@example.org");
    await page.goto(`/states/BRA/${OPEN_CYCLE}`);
    const link = page.getByRole("link", { name: "Download PDF report" });
    await expect(link).toHaveAttribute("href", `/states/BRA/${OPEN_CYCLE}/report.pdf?locale=en`);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe(`res45-BRA-${OPEN_CYCLE}.pdf`);

    const response = await page.request.get(`/states/BRA/${OPEN_CYCLE}/report.pdf`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toBe(`attachment; filename="res45-BRA-${OPEN_CYCLE}.pdf"`);
    const pdf = await response.body();
    expect(pdf.subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect(pdf.length).toBeGreaterThan(10_000);
    const text = pdf.toString("latin1");
    const pages = text.match(/\/Type \/Page\b(?!s)/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const [, width, height] = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(text) ?? [];
    expect(Number(width)).toBeCloseTo(595, -1);
    expect(Number(height)).toBeCloseTo(842, -1);
  });
});
