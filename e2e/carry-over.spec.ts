import { expect, test } from "@playwright/test";
import { apiSignIn, OPEN_CYCLE, showQuestion } from "./helpers";

// Ghana's open-cycle draft was begun on questionnaire v1 (demo seed) and no other spec opens it.
const STATE = "GHA";

interface Answer {
  questionId: string;
  value: string | null;
  evidence: string[];
  note: string;
}

test("a draft begun on v1 opens on v2 with its mapped answers kept", async ({ page }) => {
  // Signed in through the API (the page shares its cookies): signing in on the page would open the questionnaire.
  await apiSignIn(page.request, "focal.gha@example.org");
  const url = `/api/v1/assessments/${STATE}/${OPEN_CYCLE}`;
  // Reading through the API does not move it.
  const before = await (await page.request.get(url)).json();
  expect(before.framework).toBe("res45-ba2017-v1");
  expect(before.answers.length).toBeGreaterThan(20);
  const crosswalk = (await (
    await page.request.get("/api/v1/framework/crosswalk?from=res45-ba2017-v1&to=res45-ba2017-v2")
  ).json()) as { questions: { question: string; continues: string | null; values: Record<string, string | null> }[] };

  await page.goto("/assessment");
  const notice = page.getByTestId("carry-over-notice");
  await expect(notice).toContainText("This draft now uses");
  const fresh = crosswalk.questions.filter((q) => q.continues === null).map((q) => q.question);
  for (const id of fresh) await expect(notice.getByRole("link", { name: id, exact: true })).toBeVisible();

  const after = await (await page.request.get(url)).json();
  expect(after.framework).toBe("res45-ba2017-v2");
  expect(after.version).toBe(before.version + 1);
  const old = new Map((before.answers as Answer[]).map((a) => [a.questionId, a]));
  const now = new Map((after.answers as Answer[]).map((a) => [a.questionId, a]));
  let carried = 0;
  for (const entry of crosswalk.questions) {
    const was = entry.continues ? old.get(entry.continues) : undefined;
    if (!was || was.value === null) continue;
    const mapped = entry.values[was.value] ?? null;
    if (mapped === null && was.evidence.length === 0 && was.note === "") continue;
    // Every mapped answer is kept, with its evidence and its note.
    expect(now.get(entry.question), entry.question).toEqual({
      questionId: entry.question,
      value: mapped,
      evidence: was.evidence,
      note: was.note,
    });
    if (mapped !== null) {
      carried++;
      await expect((await showQuestion(page, entry.question)).locator(`input[value="${mapped}"]`)).toBeChecked();
    }
  }
  expect(carried).toBeGreaterThan(10);
  // Each question shows its points under v2.
  await expect((await showQuestion(page, "TEC-CIRT-01")).getByTestId("question-points")).toHaveText(
    /^\d+\.\d\d of 100 points$/,
  );

  // The move is in the change history, and reloading neither moves it again nor hides the notice.
  await page.reload();
  await expect(page.getByTestId("carry-over-notice")).toBeVisible();
  expect((await (await page.request.get(url)).json()).version).toBe(after.version);
  await page.goto(`/states/${STATE}/${OPEN_CYCLE}/audit`);
  await expect(page.getByRole("row", { name: /Questionnaire version/ })).toContainText("questionnaire version 2");
});
