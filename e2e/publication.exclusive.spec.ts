import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { apiSignIn, OPEN_CYCLE, signIn } from "./helpers";

/**
 * Issue 20, publication. The demo data publishes its oldest closed cycle (most states consenting; BRA, FRA
 * and JPN do not); the newer closed cycle has no date. Exclusive: the second test sets and withdraws the newer
 * cycle's publication date and records Kenya's consent for it.
 */
const PUBLISHED = OPEN_CYCLE - 2;
const EMBARGOED = OPEN_CYCLE - 1;
const NOT_CONSENTING = ["BRA", "FRA", "JPN"];

async function expectNothingPublished(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(404);
  const body = await response.json();
  expect(body.code).toBe("not_found.published");
  // The refusal names nothing: no state, no score.
  expect(JSON.stringify(body)).not.toMatch(/"iso3"|overall|Brazil|France|Japan/);
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(" ")} — ${v.help}`);
}

test.describe("published results", () => {
  test("open data names exactly the consenting states' validated results, with licence and ETag", async ({
    request,
  }) => {
    expect(await (await request.get("/api/v1/public/cycles")).json()).toEqual([PUBLISHED]);
    const url = `/api/v1/public/cycles/${PUBLISHED}/scores`;
    const response = await request.get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("public, no-cache");
    const etag = response.headers()["etag"]!;
    expect(etag).toBeTruthy();
    expect((await request.get(url, { headers: { "if-none-match": etag } })).status()).toBe(304);
    const body = await response.json();
    expect(body.licence.id).toBe("CC-BY-4.0");
    expect(body.methodology.questionnaires).toEqual([{ id: "res45-ba2017-v1", version: expect.any(String) }]);
    const iso3s: string[] = body.states.map((s: { iso3: string }) => s.iso3);
    expect(iso3s).toContain("KEN");
    expect(iso3s.length).toBeGreaterThan(100);
    for (const iso3 of NOT_CONSENTING) expect(JSON.stringify(body)).not.toContain(`"${iso3}"`);
    // Every region shown has at least five counted states.
    for (const r of body.regions)
      if (r.average) expect(r.counted).toBeGreaterThanOrEqual(5);
      else expect(r.counted < 5 || r.average === null).toBe(true);

    const csv = await (await request.get(`/api/v1/public/cycles/${PUBLISHED}/scores.csv`)).text();
    expect(csv).toMatch(/^# Licence: Creative Commons Attribution 4\.0 International \(CC-BY-4\.0\)/);
    expect(csv).toMatch(/\nKEN,Kenya,/);
    for (const iso3 of NOT_CONSENTING) expect(csv).not.toMatch(new RegExp(`\\n${iso3},`));

    const profile = await (await request.get("/api/v1/public/profiles/ken")).json();
    expect(profile.latest.cycle).toBe(PUBLISHED);
    expect(profile.licence.id).toBe("CC-BY-4.0");
    for (const iso3 of NOT_CONSENTING) await expectNothingPublished(request, `/api/v1/public/profiles/${iso3}`);
    await expectNothingPublished(request, `/api/v1/public/cycles/${EMBARGOED}/scores`);
    await expectNothingPublished(request, `/api/v1/public/cycles/${EMBARGOED}/scores.csv`);
    await expectNothingPublished(request, `/api/v1/public/cycles/${OPEN_CYCLE}/scores`);
  });

  test("the public pages show the published states only, without sign-in", async ({ page }) => {
    await page.goto("/en");
    await page.getByTestId("home-profiles").click();
    await expect(page).toHaveURL(/\/en\/profiles$/);
    await expect(page.locator('[data-testid="public-states"] tr[data-iso3="KEN"]')).toBeVisible();
    for (const iso3 of NOT_CONSENTING)
      await expect(page.locator(`[data-testid="public-states"] tr[data-iso3="${iso3}"]`)).toHaveCount(0);
    await expect(page.locator("body")).not.toContainText("Brazil");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Country profiles");

    await page.locator('[data-testid="public-states"] tr[data-iso3="KEN"] a').click();
    await expect(page).toHaveURL(/\/en\/profiles\/KEN$/);
    await expect(page.getByTestId("profile-score")).toBeVisible();
    await expect(page.getByTestId("profile-pillars").locator("li")).toHaveCount(5);
    await expect(page.getByTestId("profile-outcomes").locator("li")).toHaveCount(3);
    await expect(page.getByTestId("profile-trend").locator("tbody tr")).toHaveCount(1);

    for (const path of [
      "/en/profiles/BRA",
      "/en/profiles/FRA",
      `/en/profiles?cycle=${EMBARGOED}`,
      "/en/profiles/XXX",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator("body")).not.toContainText(/Brazil|France/);
    }

    const sitemap = await (await page.request.get("/sitemap.xml")).text();
    expect(sitemap).toContain("/en/profiles/KEN");
    expect(sitemap).not.toContain("/profiles/BRA");
  });

  test("before the date nothing is public; the state's consent then publishes it, and is final", async ({
    page,
    playwright,
    baseURL,
  }) => {
    test.slow();
    const client = async (email: string | null) => {
      const context = await playwright.request.newContext({ baseURL });
      if (email) await apiSignIn(context, email);
      return context;
    };
    const [admin, ken, anonymous] = await Promise.all([
      client("admin@example.org"),
      client("focal.ken@example.org"),
      client(null),
    ]);
    try {
      // An embargo: the date is set but not reached.
      const future = await admin.patch(`/api/v1/publication/${EMBARGOED}`, {
        data: { publishAt: "2999-01-01T00:00:00Z" },
      });
      expect(future.status()).toBe(200);
      expect((await future.json()).published).toBe(false);

      // Kenya's focal point agrees on its results page.
      await signIn(page, "focal.ken@example.org");
      await page.goto(`/en/states/KEN/${EMBARGOED}`);
      const card = page.getByTestId("consent-card");
      await expect(card.getByTestId("consent-state")).toHaveAttribute("data-consent", "null");
      await card.getByRole("button", { name: "Agree to publication" }).click();
      await expect(card.getByTestId("consent-state")).toHaveAttribute("data-consent", "true");
      await expect(card).toContainText("Decided by Focal point, Kenya");

      // Still embargoed: nothing of the cycle, and Kenya's profile shows the older cycle only.
      await expectNothingPublished(anonymous, `/api/v1/public/cycles/${EMBARGOED}/scores`);
      const before = await (await anonymous.get("/api/v1/public/profiles/KEN")).json();
      expect(before.history.map((h: { cycle: number }) => h.cycle)).toEqual([PUBLISHED]);
      expect((await page.goto(`/en/profiles?cycle=${EMBARGOED}`))?.status()).toBe(404);

      // The date passes (set in the past): exactly Kenya is published for that cycle.
      await page.context().clearCookies();
      await signIn(page, "admin@example.org");
      await page.goto("/en/admin#publication");
      const row = page.getByTestId("publication-panel").locator(`tr[data-cycle="${EMBARGOED}"]`);
      await row.getByLabel(`Publication date of the ${EMBARGOED} cycle`).fill(`${EMBARGOED + 1}-01-15T09:00`);
      await row.getByRole("button", { name: "Save date" }).click();
      await expect(row).toContainText("Published");

      const open = await (await anonymous.get(`/api/v1/public/cycles/${EMBARGOED}/scores`)).json();
      expect(open.states.map((s: { iso3: string }) => s.iso3)).toEqual(["KEN"]);
      const after = await (await anonymous.get("/api/v1/public/profiles/KEN")).json();
      expect(after.history.map((h: { cycle: number }) => h.cycle)).toEqual([PUBLISHED, EMBARGOED]);

      // After the date, the decision is final.
      const late = await ken.patch(`/api/v1/publication/${EMBARGOED}/consents/KEN`, { data: { consent: false } });
      expect(late.status()).toBe(409);
      expect((await late.json()).code).toBe("conflict.consent_closed");
    } finally {
      expect((await admin.patch(`/api/v1/publication/${EMBARGOED}`, { data: { publishAt: null } })).status()).toBe(200);
    }
    await expectNothingPublished(anonymous, `/api/v1/public/cycles/${EMBARGOED}/scores`);
  });

  for (const locale of ["en", "ar"] as const)
    test(`axe finds no serious violation on the public pages in ${locale}`, async ({ page }) => {
      const failures: string[] = [];
      for (const path of ["/profiles", "/profiles/KEN"]) {
        await page.goto(`/${locale}${path}`);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await page.waitForLoadState("networkidle");
        for (const v of await seriousViolations(page)) failures.push(`${path}: ${v}`);
      }
      expect(failures).toEqual([]);
    });
});
