import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn, totpCode } from "./helpers";

test.describe("sign-in", () => {
  test("a focal point signs in, sees who they are, and signs out", async ({ page }) => {
    await signIn(page, "focal.est@example.org");
    await expect(page).toHaveURL(/\/assessment/);
    await expect(page.getByRole("link", { name: /Focal point, Estonia/ })).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount/);
  });

  test("a wrong password is refused with a clear message, and an empty form is explained", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Enter your email address")).toBeVisible();
    await expect(page.getByText("Enter your password")).toBeVisible();
    await page.getByLabel("Email").fill("analyst@example.org");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("The email or password is not correct.");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("sign-in returns to the page that asked for it", async ({ page }) => {
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount/);
    await page.getByLabel("Email").fill("analyst@example.org");
    await page.getByLabel("Password").fill("Readiness-Demo-2026");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    // The demo analyst has a second factor: the code of the published demo secret.
    await page.getByLabel("Code from your authenticator app").fill(totpCode());
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("BDT Analyst");
  });

  test("repeated failed sign-ins for one account are slowed down (429 with Retry-After)", async ({
    playwright,
    baseURL,
  }) => {
    const api = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { "x-forwarded-for": "198.51.100.7" },
    });
    const attempt = () =>
      api.post("/api/auth/sign-in/email", {
        data: { email: "nobody.throttled@example.org", password: "wrong-password-123" },
      });
    for (let i = 0; i < 5; i++) expect((await attempt()).status()).toBe(401);
    const blocked = await attempt();
    expect(blocked.status()).toBe(429);
    expect(Number(blocked.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await blocked.json()).error).toContain("Too many failed sign-in attempts");
  });

  test("the session cookie set on sign-in is HttpOnly and SameSite=Lax, and no script can read it", async ({
    request,
    page,
  }) => {
    // A focal point without a second factor: the password alone sets the session cookie.
    const response = await request.post("/api/auth/sign-in/email", {
      data: { email: "focal.ken@example.org", password: DEMO_PASSWORD },
    });
    expect(response.status()).toBe(200);
    const cookie = response
      .headersArray()
      .filter((h) => h.name.toLowerCase() === "set-cookie")
      .map((h) => h.value)
      .find((v) => v.startsWith("better-auth.session_token="));
    expect(cookie).toBeDefined();
    const attributes = cookie!
      .split(";")
      .slice(1)
      .map((a) => a.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "path=/"]));
    // Served over http here, where a browser would drop a Secure cookie; over https it is Secure
    // (BETTER_AUTH_URL=https://…), which lib/auth/cookies.test.ts checks against better-auth itself.
    expect(attributes).not.toContain("secure");

    await signIn(page, "analyst@example.org");
    const session = (await page.context().cookies()).find((c) => c.name === "better-auth.session_token");
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    expect(await page.evaluate(() => document.cookie)).not.toContain("session_token");
  });
});
