import { expect, test } from "@playwright/test";
import { OPEN_CYCLE, signIn } from "./helpers";
import { CURRENT_FRAMEWORK } from "../lib/framework";

// India's assessment is answered and submitted here, after the other specs (which change India's answers)
// are done: as a *.exclusive.spec.ts file it runs alone, after them.
const STATE = "IND";

test("the whole questionnaire can be answered and submitted with the keyboard alone", async ({ page }) => {
  // Thousands of key presses, each followed by a look at the focus: on a busy 2-core machine this takes minutes.
  test.setTimeout(600_000);
  await signIn(page, "focal.ind@example.org");
  await page.goto("/en/assessment");
  const questions = CURRENT_FRAMEWORK.questions.length;
  await expect(page.locator("main fieldset[id]").first()).toBeVisible();

  // Tab through the page; on the first option of each unanswered question, Space chooses it; at the end of each
  // pillar, Enter on "Next pillar" opens the next (the questionnaire shows one pillar at a time).
  const answered = new Set<string>();
  let submitted = false;
  for (let presses = 0; presses < 4000 && !submitted; presses++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return {
        type: el?.type ?? "",
        question: el?.closest("fieldset[id]")?.id ?? null,
        checked: el?.checked ?? false,
        text: el?.textContent?.trim() ?? "",
        disabled: el?.disabled ?? false,
        visible: !!el && el.getBoundingClientRect().height > 0,
      };
    });
    expect(focused.visible, "the focused element is visible").toBe(true);
    if (focused.type === "radio" && focused.question && !answered.has(focused.question)) {
      if (!focused.checked) await page.keyboard.press("Space");
      answered.add(focused.question);
    } else if (focused.text.startsWith("Next pillar")) {
      await page.keyboard.press("Enter");
      await expect(page.locator(":focus")).toHaveAttribute("id", /^pillar-/);
    } else if (focused.type === "checkbox" && answered.size === questions && !focused.checked) {
      await expect(page.getByTestId("save-status")).toHaveText("Saved", { timeout: 60_000 });
      await page.keyboard.press("Space"); // "I confirm these answers…"
    } else if (focused.text === "Submit to BDT") {
      await expect(page.locator(":focus")).toBeEnabled({ timeout: 60_000 });
      await page.keyboard.press("Enter");
      submitted = true;
    }
  }
  expect(answered.size).toBe(questions);
  expect(submitted).toBe(true);
  await expect
    .poll(async () => (await (await page.request.get(`/api/v1/assessments/${STATE}/${OPEN_CYCLE}`)).json()).status, {
      timeout: 60_000,
    })
    .toBe("submitted");
});

test("focus is always visible: every focusable element draws an outline or ring when focused", async ({ page }) => {
  await page.goto("/en/framework");
  const missing: string[] = [];
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press("Tab");
    const style = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      return {
        tag: el.outerHTML.slice(0, 80),
        outline: s.outlineStyle !== "none" && s.outlineWidth !== "0px",
        shadow: s.boxShadow !== "none",
      };
    });
    if (style && !style.outline && !style.shadow) missing.push(style.tag);
  }
  expect(missing).toEqual([]);
});
