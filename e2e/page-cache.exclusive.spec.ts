import { expect, test, type Page, type Response } from "@playwright/test";
import { apiSignIn, OPEN_CYCLE, signIn } from "./helpers";

/**
 * The production server keeps the cycle dashboard's rendering for each analyst while nothing it shows
 * changes (scripts/http/page-cache.mjs). Exclusive: a change made by another spec in between (a save,
 * a message) would make a new rendering where these tests expect a kept one.
 */
const DASHBOARD = `/en/analysis/${OPEN_CYCLE - 1}`;
const OPEN_DASHBOARD = `/en/analysis/${OPEN_CYCLE}?include=submitted`;

const isKept = (response: Response | null) => (response?.headers()["server-timing"] ?? "").includes("kept rendering");
const nonceOf = (response: Response) =>
  /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];

async function load(page: Page, url: string): Promise<Response> {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  return response!;
}

test.describe("kept renderings of the dashboard", () => {
  test("an analyst's reload is the kept rendering with a fresh nonce, and it runs under the policy", async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await signIn(page, "analyst@example.org");
    const first = await load(page, DASHBOARD);
    const kept = await load(page, DASHBOARD);
    expect(isKept(kept)).toBe(true);

    const nonce = nonceOf(kept);
    expect(nonce).toBeTruthy();
    expect(nonce).not.toBe(nonceOf(first));
    const html = await kept.text();
    const scriptNonces = new Set([...html.matchAll(/<script[^>]* nonce="([^"]+)"/g)].map((m) => m[1]));
    expect(scriptNonces).toEqual(new Set([nonce]));
    expect(html).not.toContain(nonceOf(first)!);

    // The kept page is the whole page: its charts draw, its ranking lists the states, its links work.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `Readiness across Member States, ${OPEN_CYCLE - 1}`,
    );
    const pillars = page.getByRole("region", { name: "Regional averages per pillar" });
    await pillars.scrollIntoViewIfNeeded();
    await expect(pillars.locator("svg.recharts-surface").first()).toBeVisible();
    const ranking = page.getByRole("region", { name: "Ranking of Member States" });
    await ranking.scrollIntoViewIfNeeded();
    await expect(ranking.locator("tbody tr")).toHaveCount(193);
    await page.getByRole("link", { name: "Heat map" }).click();
    await expect(page).toHaveURL(new RegExp(`/analysis/${OPEN_CYCLE - 1}/heatmap`));
    expect(violations).toEqual([]);
  });

  test("a save in the cycle makes the next load a new rendering", async ({ page, playwright, baseURL }) => {
    await signIn(page, "analyst@example.org");
    await load(page, OPEN_DASHBOARD);
    expect(isKept(await load(page, OPEN_DASHBOARD))).toBe(true);

    const kenya = await playwright.request.newContext({ baseURL });
    await apiSignIn(kenya, "focal.ken@example.org");
    const url = `/api/v1/assessments/KEN/${OPEN_CYCLE}`;
    const draft = (await (await kenya.get(url)).json()) as {
      version: number;
      answers: { questionId: string; value: string | null; evidence: string[]; note: string }[];
    };
    const answer = draft.answers[0]!;
    const saved = await kenya.patch(url, { data: { version: draft.version, answers: [answer] } });
    expect(saved.status(), await saved.text()).toBe(200);

    expect(isKept(await load(page, OPEN_DASHBOARD))).toBe(false);
    expect(isKept(await load(page, OPEN_DASHBOARD))).toBe(true);
  });

  test("nobody else gets an analyst's kept rendering: not after signing out, not a focal point", async ({
    page,
    browser,
    playwright,
    baseURL,
  }) => {
    await signIn(page, "analyst@example.org");
    await load(page, DASHBOARD);
    expect(isKept(await load(page, DASHBOARD))).toBe(true);
    const cookies = await page.context().cookies();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

    // The signed-out session's cookie, sent again, is asked to sign in.
    const replay = await playwright.request.newContext({ baseURL, storageState: { cookies, origins: [] } });
    const refused = await replay.get(DASHBOARD, { maxRedirects: 0 });
    expect(refused.status()).toBe(307);
    expect(refused.headers().location).toContain("/sign-in");
    expect(refused.headers()["server-timing"]).toBeUndefined();

    const focal = await browser.newPage();
    await signIn(focal, "focal.ken@example.org");
    for (let i = 0; i < 2; i++) {
      const response = await focal.goto(DASHBOARD);
      expect(isKept(response)).toBe(false);
      await expect(focal.getByRole("heading", { level: 1 })).toHaveText("Analysis is for BDT staff");
    }
    await focal.close();
  });
});
