import { expect, test, type Page } from "@playwright/test";
import { apiSignIn, OPEN_CYCLE, showQuestion, signIn } from "./helpers";
import { bestValue, getFramework, listActions, scoreOf } from "./plan-helpers";

// This test closes the open cycle and opens the next one, which every other spec reads: as a
// *.exclusive.spec.ts file it runs alone, after the others, and it leaves the current cycle open again.
const STATE = "EST";
const NEXT = OPEN_CYCLE + 1;
const FRESH_CONNECTION = { connection: "close" };

async function cycleStatus(page: Page, year: number): Promise<string | undefined> {
  const cycles = (await (await page.request.get("/api/v1/cycles", { headers: FRESH_CONNECTION })).json()) as {
    year: number;
    status: string;
  }[];
  return cycles.find((c) => c.year === year)?.status;
}

/**
 * Closes, opens or reopens a cycle through the administration page, as an administrator would. Each step is
 * retried until the API shows its effect: a click that lands while the page is still hydrating, or while it
 * re-renders after the previous step, does nothing, and the step is taken again.
 */
async function adminCycle(page: Page, step: "close" | "open" | "reopen", year: number) {
  const wanted = step === "close" ? "closed" : "open";
  const section = page.getByRole("region", { name: "Assessment cycles" });
  await expect(async () => {
    if ((await cycleStatus(page, year)) !== wanted) {
      await page.goto("/en/admin");
      await page.waitForLoadState("networkidle");
      if (step === "close") {
        await section.getByRole("button", { name: `Close the ${year} cycle` }).click();
        await section.getByRole("button", { name: `Confirm: close ${year}` }).click();
      } else if (step === "open") {
        const form = section.getByRole("form", { name: "Open a new cycle" });
        await form.getByLabel("Year").fill(String(year));
        await form.getByRole("button", { name: "Open cycle" }).click();
      } else {
        await section.getByRole("button", { name: `Reopen the ${year} cycle` }).click();
      }
      await expect.poll(() => cycleStatus(page, year), { timeout: 5_000 }).toBe(wanted);
    }
  }).toPass({ timeout: 60_000 });
}

test("the plan carries over into the next cycle, and the next results report which actions moved the score", async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  test.slow();
  const focal = await playwright.request.newContext({ baseURL, extraHTTPHeaders: FRESH_CONNECTION });
  const analyst = await playwright.request.newContext({ baseURL, extraHTTPHeaders: FRESH_CONNECTION });
  await apiSignIn(focal, "focal.est@example.org");
  await apiSignIn(analyst, "analyst@example.org");
  const framework = await getFramework(focal);

  // Estonia answers every question "no" in the open cycle, submits, and BDT validates.
  const answers = framework.questions.map((q) => ({
    questionId: q.id,
    value: q.options.reduce((worst, o) => (o.credit < worst.credit ? o : worst)).value,
    evidence: [],
    note: "",
  }));
  const imported = await focal.post(`/api/v1/assessments/${STATE}/${OPEN_CYCLE}/import`, {
    data: {
      schema: "res45-readiness/assessment-answers@1",
      framework: { id: framework.id, version: framework.version },
      iso3: STATE,
      cycle: OPEN_CYCLE,
      answers,
    },
  });
  expect(imported.status(), await imported.text()).toBe(200);
  expect((await focal.post(`/api/v1/assessments/${STATE}/${OPEN_CYCLE}/submit`)).status()).toBe(200);
  expect((await analyst.post(`/api/v1/assessments/${STATE}/${OPEN_CYCLE}/validate`)).status()).toBe(200);

  // Two actions in this cycle: one the next cycle achieves, one it does not.
  const [achieved, pending] = [framework.questions[0]!, framework.questions[1]!];
  const made: string[] = [];
  for (const q of [achieved, pending]) {
    const response = await focal.post(`/api/v1/plans/${STATE}/actions`, {
      data: {
        questionId: q.id,
        title: `Close ${q.id}`,
        owner: "National CIRT",
        targetDate: `${NEXT}-06-30`,
        priority: "high",
      },
    });
    expect(response.status()).toBe(201);
    made.push((await response.json()).id);
  }

  await signIn(page, "admin@example.org");
  await adminCycle(page, "close", OPEN_CYCLE);
  await adminCycle(page, "open", NEXT);
  try {
    // The plan carried over: the new questionnaire shows the action beside its question.
    const focalContext = await browser.newContext({ baseURL });
    const focalPage = await focalContext.newPage();
    await signIn(focalPage, "focal.est@example.org");
    await focalPage.goto("/assessment");
    const note = (await showQuestion(focalPage, achieved.id)).getByTestId("planned-actions");
    await expect(note).toContainText(`Close ${achieved.id}`);
    await expect(note).toContainText(`carried over from the ${OPEN_CYCLE} cycle`);
    await focalPage.goto("/plan");
    await expect(focalPage.locator(`#action-${made[0]}`)).toContainText(`Carried over from ${OPEN_CYCLE}`);

    // The next cycle: the first question reaches its best answer, the second stays as it was.
    const current = [
      { questionId: achieved.id, value: bestValue(achieved), evidence: ["https://www.gov.example/est/law"], note: "" },
      ...answers.slice(1),
    ];
    const saved = await focal.patch(`/api/v1/assessments/${STATE}/${NEXT}`, { data: { version: 0, answers: current } });
    expect(saved.status(), await saved.text()).toBe(200);

    await focalPage.goto(`/states/${STATE}/${NEXT}`);
    const effects = focalPage.getByTestId("plan-effects");
    await expect(effects).toBeVisible();
    const reverted = [answers[0]!, ...answers.slice(1)];
    const expected = (await scoreOf(focal, framework.id, current)) - (await scoreOf(focal, framework.id, reverted));
    expect(expected).toBeGreaterThan(0);
    const points = Number(await effects.locator(`tr[data-action="${made[0]}"]`).getAttribute("data-points"));
    expect(points).toBeCloseTo(expected, 9);
    await expect(effects.locator(`tr[data-action="${made[1]}"]`)).toContainText("no change");
    // The summary counts the rows: Estonia's demo plan from earlier cycles is reported too.
    const rowPoints = await effects
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute("data-points"))));
    await expect(effects).toContainText(
      `${rowPoints.filter((p) => p > 0).length} of the ${rowPoints.length} actions planned before ${NEXT} moved the overall score since ${OPEN_CYCLE}`,
    );
    expect((await listActions(focal, STATE)).filter((a) => made.includes(a.id)).map((a) => a.createdCycle)).toEqual([
      OPEN_CYCLE,
      OPEN_CYCLE,
    ]);
    await focalContext.close();
  } finally {
    await adminCycle(page, "close", NEXT);
    await adminCycle(page, "reopen", OPEN_CYCLE);
    await focal.dispose();
    await analyst.dispose();
  }
});
