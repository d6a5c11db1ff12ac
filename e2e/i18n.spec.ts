import { expect, test, type Page } from "@playwright/test";
import { OPEN_CYCLE, showPillar, signIn } from "./helpers";
import { CURRENT_FRAMEWORK } from "../lib/framework";
import { readFileSync } from "node:fs";

/** The current questionnaire's (v2) translations, read as files (the runner loads specs as ES modules). */
function strings(locale: string): {
  questions: Record<string, { text: string; options: Record<string, string> }>;
} {
  return JSON.parse(readFileSync(new URL(`../lib/framework/i18n/v2/${locale}.json`, import.meta.url), "utf8"));
}
const LOCALES = {
  en: strings("en"),
  fr: strings("fr"),
  es: strings("es"),
  ru: strings("ru"),
  zh: strings("zh"),
  ar: strings("ar"),
};
type Locale = keyof typeof LOCALES;
const PREVIOUS = OPEN_CYCLE - 1;
/** next-intl shows a missing message as its key, e.g. "results.gaps.heading". */
const MISSING_MESSAGE =
  /\b(common|account|assessment|results|plan|analysis|admin|reference)\.[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*\b/;

async function visibleText(page: Page) {
  return page.locator("body").innerText();
}

test.describe("six languages", () => {
  test("the first visit opens in the browser's preferred language, and the switcher keeps the page", async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto("/framework?view=clauses");
    await expect(page).toHaveURL(/\/fr\/framework\?view=clauses$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await page.getByTestId("language-switcher").selectOption("es");
    await expect(page).toHaveURL(/\/es\/framework\?view=clauses$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    // The choice is remembered: a path without a language now opens in Spanish.
    await page.goto("/member-states");
    await expect(page).toHaveURL(/\/es\/member-states$/);
    await context.close();
  });

  for (const locale of Object.keys(LOCALES) as Locale[]) {
    test(`${locale}: the questionnaire, the results and the plan are in ${locale}, with no message missing`, async ({
      page,
    }) => {
      await signIn(page, "focal.bra@example.org");
      const translation = LOCALES[locale];
      await page.goto(`/${locale}/assessment`);
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      // Every question, pillar by pillar (the questionnaire shows one at a time).
      const shown: { id: string; text: string; options: string[] }[] = [];
      for (const pillar of CURRENT_FRAMEWORK.pillars) {
        const questions = await showPillar(page, pillar.id);
        shown.push(
          ...(await questions.evaluateAll((sets) =>
            sets.map((s) => ({
              id: s.id,
              text: s.querySelector("legend")?.textContent?.trim() ?? "",
              options: [...s.querySelectorAll("input[type=radio]")].map(
                (r) => (r as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? "",
              ),
            })),
          )),
        );
      }
      expect(shown.length).toBe(Object.keys(translation.questions).length);
      for (const q of shown) {
        const expected = translation.questions[q.id]!;
        expect(q.text, q.id).toBe(expected.text);
        expect(q.options, q.id).toEqual(Object.values(expected.options));
      }
      for (const path of ["/assessment", `/states/BRA/${OPEN_CYCLE}`, "/plan", "/framework", "/methodology", "/"]) {
        await page.goto(`/${locale}${path}`);
        expect((await visibleText(page)).match(MISSING_MESSAGE)?.[0] ?? null, `${locale}${path}`).toBeNull();
      }
    });
  }

  test("BDT's dashboards read in every language, with no message missing", async ({ page }) => {
    test.slow();
    await signIn(page, "analyst@example.org");
    for (const locale of Object.keys(LOCALES) as Locale[]) {
      for (const path of [
        "/review",
        `/analysis/${PREVIOUS}`,
        `/analysis/${PREVIOUS}/heatmap`,
        "/analysis/trends",
        "/plan",
      ]) {
        await page.goto(`/${locale}${path}`);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        expect((await visibleText(page)).match(MISSING_MESSAGE)?.[0] ?? null, `${locale}${path}`).toBeNull();
      }
    }
  });
});

test.describe("Arabic reads right to left", () => {
  async function box(page: Page, selector: string) {
    const b = await page.locator(selector).first().boundingBox();
    expect(b, selector).not.toBeNull();
    return b!;
  }

  test("the questionnaire, the results page and the dashboard are laid out from the right", async ({
    page,
  }, testInfo) => {
    test.slow();
    await signIn(page, "focal.bra@example.org");
    await page.goto("/ar/assessment");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    // The brand sits at the right of the header; a question's options have their button on the right of the text.
    const brand = await box(page, "header a[href='/ar']");
    const nav = await box(page, "header nav");
    expect(brand.x).toBeGreaterThan(nav.x);
    const option = page.locator("main fieldset[id] label:has(input[type=radio])").first();
    const radio = await option.locator("input").boundingBox();
    const label = await option.boundingBox();
    expect(radio!.x + radio!.width).toBeGreaterThan(label!.x + label!.width / 2);
    await testInfo.attach("questionnaire-ar", {
      body: await page.screenshot({ fullPage: false }),
      contentType: "image/png",
    });

    await page.goto(`/ar/states/BRA/${OPEN_CYCLE}`);
    const table = page.getByTestId("pillar-table");
    const headers = await table.locator("thead th").evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().x));
    expect(headers[0]).toBeGreaterThan(headers[headers.length - 1]!);
    await testInfo.attach("results-ar", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });

    await page.context().clearCookies(); // a signed-in user is sent away from the sign-in page
    await signIn(page, "analyst@example.org");
    await page.goto(`/ar/analysis/${PREVIOUS}`);
    const ranking = page.locator("main table").first();
    const columns = await ranking
      .locator("thead th")
      .evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().x));
    expect(columns[0]).toBeGreaterThan(columns[columns.length - 1]!);
    await testInfo.attach("dashboard-ar", {
      body: await page.screenshot({ fullPage: true }),
      contentType: "image/png",
    });
  });
});

test.describe("print", () => {
  test("the results page prints cleanly in every language: no navigation, nothing wider than the paper", async ({
    page,
  }) => {
    test.slow();
    await signIn(page, "focal.bra@example.org");
    await page.setViewportSize({ width: 703, height: 1000 }); // A4 less the report's margins, at 96 dpi
    await page.emulateMedia({ media: "print" });
    for (const locale of Object.keys(LOCALES) as Locale[]) {
      await page.goto(`/${locale}/states/BRA/${OPEN_CYCLE}`);
      await expect(page.locator("header").first()).toBeHidden();
      await expect(page.locator("footer").first()).toBeHidden();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, locale).toBeLessThanOrEqual(0);
      expect(await page.locator("main button:visible").count(), locale).toBe(0);
    }
  });
});
