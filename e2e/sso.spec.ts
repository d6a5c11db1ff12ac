import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { apiSignIn, signIn, totpCode } from "./helpers";
import { IdentityProvider, OIDC_CLIENT_ID, type IdentityClaims } from "./identity-provider";
import { findAccountRow, openManagePanel, signInAsAdmin } from "./pages/admin-accounts";

/**
 * Single sign-on with OpenID Connect, through a real provider run by this spec (`oidc-provider`, on
 * E2E_OIDC_PORT; the e2e server is configured for it by scripts/serve-e2e.mjs): the authorization-code flow
 * with PKCE; an account only for a verified address with an invitation, with the invitation's role and state;
 * the second factor asked after the provider of an account that has one. The states used (NRU, TON) are used
 * by no other spec.
 */
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;
const idp = new IdentityProvider(Number(process.env.E2E_OIDC_PORT), baseURL);
test.beforeAll(async () => idp.start());
test.afterAll(async () => idp.stop());

const unique = (prefix: string) => `${prefix}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@e2e.test`;

async function invite(request: APIRequestContext, data: Record<string, string>) {
  await apiSignIn(request, "admin@example.org");
  const response = await request.post("/api/v1/invitations", { data });
  expect(response.status(), await response.text()).toBe(201);
}

/** From the sign-in page (in `locale`) through the provider's login, back to the application. */
async function signInWithProvider(page: Page, email: string, claims: Omit<IdentityClaims, "email">, locale = "en") {
  idp.accounts.set(email, { email, ...claims });
  await page.goto(`/${locale}/sign-in`);
  await page.waitForLoadState("networkidle");
  const label = { en: "Sign in with Test ID", fr: "Se connecter avec Test ID" }[locale]!;
  await page.getByRole("button", { name: label }).click();
  await expect(page.getByRole("heading", { name: "Test ID" })).toBeVisible();
  await page.getByLabel("Account").fill(email);
  await page.getByRole("button", { name: "Continue to the application" }).click();
  await page.waitForURL((url) => url.origin === baseURL);
}

/** What the administrators' page shows of one address: its accounts, and its pending invitations. */
async function adminView(browser: Browser, email: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, "admin@example.org");
  await page.goto(`/en/admin?q=${encodeURIComponent(email)}`);
  await expect(page.getByLabel("Search by name or email")).toHaveValue(email);
  const rows = await page.getByRole("row").filter({ hasText: email }).count();
  const pending = await page
    .getByRole("table", { name: "Pending invitations" })
    .getByRole("row")
    .filter({ hasText: email })
    .count();
  await context.close();
  return { accounts: rows - pending, pending };
}

/** The refusal the sign-in page shows (not Next.js's empty route announcer, also an alert). */
const refusalOn = (page: Page) => page.getByRole("main").getByRole("alert").filter({ hasText: /\S/ });

test.describe("single sign-on (OpenID Connect)", () => {
  test("an invited focal point signs in through the provider with PKCE and lands in their own state", async ({
    page,
    request,
    browser,
  }) => {
    const email = unique("sso-focal");
    await invite(request, { email, name: "Nauru SSO focal point", role: "focal_point", iso3: "NRU", locale: "en" });

    const before = idp.authorizationRequests.length;
    // The provider's claims also say "admin": roles are this application's, not the provider's.
    await signInWithProvider(page, email, { email_verified: true, name: "Someone Else", role: "admin" });
    await expect(page).toHaveURL(/\/en\/assessment/);
    await expect(page.getByRole("main")).toContainText("Nauru");

    const authorization = idp.authorizationRequests.slice(before).at(-1)!;
    expect(authorization.get("client_id")).toBe(OIDC_CLIENT_ID);
    expect(authorization.get("response_type")).toBe("code");
    expect(authorization.get("code_challenge_method")).toBe("S256");
    expect(authorization.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorization.get("scope")?.split(" ").sort()).toEqual(["email", "openid", "profile"]);
    expect(authorization.get("redirect_uri")).toBe(`${baseURL}/api/auth/callback/oidc`);

    // The account is the invitation's: its name, focal point of Nauru, and the invitation is used.
    const me = await page.request.get("/api/auth/get-session");
    expect((await me.json()).user).toMatchObject({
      email,
      name: "Nauru SSO focal point",
      role: "focal_point",
      memberStateIso3: "NRU",
    });
    // Another state's assessment stays closed to this account.
    expect((await page.request.get(`/api/v1/assessments/KEN/${new Date().getUTCFullYear()}`)).status()).toBe(403);

    // A second sign-in through the provider finds the same account (no second invitation needed).
    await page.context().clearCookies({ domain: "127.0.0.1" });
    await signInWithProvider(page, email, { email_verified: true });
    await expect(page).toHaveURL(/\/en\/assessment/);
    // One account, and its invitation used.
    expect(await adminView(browser, email)).toEqual({ accounts: 1, pending: 0 });
  });

  test("a stranger with a verified address and no invitation is refused, in the page's language, and no account is made", async ({
    page,
    browser,
  }) => {
    const email = unique("sso-stranger");
    await signInWithProvider(page, email, { email_verified: true }, "fr");
    await expect(page).toHaveURL(/\/fr\/sign-in\?error=auth\.sso_not_invited/);
    await expect(refusalOn(page)).toHaveText(
      "Aucune invitation pour cette adresse e-mail : demandez à votre administrateur ou au point focal de votre État Membre de vous inviter, puis reconnectez-vous.",
    );
    expect((await page.request.get("/api/auth/get-session")).status()).toBe(200);
    expect(await (await page.request.get("/api/auth/get-session")).json()).toBeNull();
    expect(await adminView(browser, email)).toEqual({ accounts: 0, pending: 0 });
  });

  test("an address the provider has not verified is refused, even with an invitation, and the invitation stays", async ({
    page,
    request,
    browser,
  }) => {
    const email = unique("sso-unverified");
    await invite(request, { email, name: "Tonga SSO focal point", role: "focal_point", iso3: "TON", locale: "en" });
    await signInWithProvider(page, email, { email_verified: false });
    await expect(page).toHaveURL(/\/en\/sign-in\?error=auth\.sso_email_unverified/);
    await expect(refusalOn(page)).toHaveText(
      "Your sign-in provider has not verified this e-mail address. Verify it with your provider, or sign in with your password.",
    );
    expect(await adminView(browser, email)).toEqual({ accounts: 0, pending: 1 });

    // An existing account is not linked to an unverified address either: the demo focal point stays unreachable.
    await page.context().clearCookies({ domain: "127.0.0.1" });
    await signInWithProvider(page, "focal.ken@example.org", { email_verified: false });
    await expect(page).toHaveURL(/\/en\/sign-in\?error=account_not_linked/);
    await expect(refusalOn(page)).toContainText("has not verified this e-mail address");
  });

  test("an invited analyst must enrol a second factor, and from then on the provider's sign-in asks the code", async ({
    browser,
    request,
  }) => {
    const email = unique("sso-analyst");
    await invite(request, { email, name: "SSO analyst", role: "analyst", locale: "en" });

    const first = await browser.newContext({ baseURL });
    const page = await first.newPage();
    await signInWithProvider(page, email, { email_verified: true });
    await page.goto("/en/review");
    await expect(page).toHaveURL(/\/en\/enrol-two-factor/);
    // Enrolment without a password: an account made by single sign-on has none.
    const enabled = await page.request.post("/api/auth/two-factor/enable", { data: {}, headers: { origin: baseURL } });
    expect(enabled.status(), await enabled.text()).toBe(200);
    const secret = new URL((await enabled.json()).totpURI).searchParams.get("secret")!;
    const verified = await page.request.post("/api/auth/two-factor/verify-totp", {
      data: { code: totpCode(secret) },
      headers: { origin: baseURL },
    });
    expect(verified.status(), await verified.text()).toBe(200);
    await first.close();

    const second = await browser.newContext({ baseURL });
    const again = await second.newPage();
    await signInWithProvider(again, email, { email_verified: true });
    await expect(again).toHaveURL(/\/en\/sign-in\?step=code/);
    // No session until the code is given.
    expect(await (await again.request.get("/api/auth/get-session")).json()).toBeNull();
    await expect(again.getByText("Your sign-in provider has confirmed who you are.")).toBeVisible();
    await again.getByLabel("Code from your authenticator app").fill(totpCode(secret));
    await again.getByRole("button", { name: "Verify" }).click();
    await expect(again).toHaveURL(/\/en\/review/);
    await second.close();
  });

  test("a disabled account gets no session through the provider", async ({ page, request, browser }) => {
    const email = unique("sso-disabled");
    const name = "Tonga SSO disabled";
    await invite(request, { email, name, role: "focal_point", iso3: "TON", locale: "en" });
    await signInWithProvider(page, email, { email_verified: true });
    await expect(page).toHaveURL(/\/en\/assessment/);

    const admin = await browser.newContext({ baseURL });
    const adminPage = await admin.newPage();
    await signInAsAdmin(adminPage);
    const row = await findAccountRow(adminPage, email);
    const access = (await openManagePanel(adminPage, name, row)).getByRole("group", { name: `Access of ${name}` });
    await access.getByRole("button", { name: "Disable account" }).click();
    await access.getByRole("button", { name: "Disable and sign out" }).click();
    await expect(row.getByText("Disabled", { exact: true })).toBeVisible();
    await admin.close();

    await page.context().clearCookies({ domain: "127.0.0.1" });
    await signInWithProvider(page, email, { email_verified: true });
    await expect(page).toHaveURL(/\/en\/sign-in\?error=forbidden\.account_disabled/);
    await expect(refusalOn(page)).toHaveText("This account has been disabled. Ask an administrator.");
    expect(await (await page.request.get("/api/auth/get-session")).json()).toBeNull();
  });
});
