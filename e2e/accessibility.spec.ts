import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { OPEN_CYCLE, signIn } from "./helpers";

const PREVIOUS = OPEN_CYCLE - 1;

/** Every page type, as the role that uses it. Read-only visits: nothing here changes data. */
const PAGES: { who: string | null; paths: string[] }[] = [
  { who: null, paths: ["/", "/sign-in", "/framework", "/methodology", "/member-states", "/api-docs"] },
  {
    who: "focal.bra@example.org",
    paths: [
      "/assessment",
      `/states/BRA/${OPEN_CYCLE}`,
      `/states/BRA/${OPEN_CYCLE}/audit`,
      "/results",
      "/plan",
      "/account",
    ],
  },
  {
    who: "analyst@example.org",
    paths: [
      "/review",
      `/analysis/${PREVIOUS}`,
      `/analysis/${PREVIOUS}/heatmap`,
      "/analysis/trends",
      "/plan",
      `/states/KEN/${PREVIOUS}`,
      `/states/KEN/${PREVIOUS}/review`,
    ],
  },
  { who: "admin@example.org", paths: ["/admin"] },
];

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(" ")} — ${v.help}`);
}

for (const locale of ["en", "ar"] as const) {
  test.describe(`accessibility in ${locale}`, () => {
    for (const { who, paths } of PAGES) {
      test(`axe finds no serious or critical violation on the pages of ${who ?? "visitors"}`, async ({ page }) => {
        test.slow();
        if (who) await signIn(page, who);
        const failures: string[] = [];
        for (const path of paths) {
          await page.goto(`/${locale}${path}`);
          await expect(page.locator("html")).toHaveAttribute("lang", locale);
          await page.waitForLoadState("networkidle");
          for (const v of await seriousViolations(page)) failures.push(`${path}: ${v}`);
        }
        expect(failures).toEqual([]);
      });
    }
  });
}

test("every field of the questionnaire has a label, and errors are announced", async ({ page }) => {
  await signIn(page, "focal.bra@example.org");
  await page.goto("/en/assessment");
  const unlabelled = await page
    .locator("main input:not([type=hidden]), main select, main textarea")
    .evaluateAll((fields) =>
      fields
        .filter((f) => {
          const el = f as HTMLInputElement;
          return (
            !(el.labels && el.labels.length > 0) &&
            !el.getAttribute("aria-label") &&
            !el.getAttribute("aria-labelledby")
          );
        })
        .map((f) => f.outerHTML.slice(0, 120)),
    );
  expect(unlabelled).toEqual([]);
  await expect(page.locator("[aria-live]").first()).toBeAttached();
});
