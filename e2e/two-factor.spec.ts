import { expect, test, type Page } from "@playwright/test";
import { signIn, totpCode, wrongTotpCode } from "./helpers";
import {
  createAccount,
  createForm,
  findAccountRow,
  freshEmail,
  INITIAL_PASSWORD,
  openManagePanel,
  signInAsAdmin,
} from "./pages/admin-accounts";

/** The sign-in form's own message (Next.js adds a route announcer that is an alert too). */
function signInAlert(page: Page) {
  return page.getByRole("region", { name: "Sign-in form" }).getByRole("alert");
}

async function passwordStep(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(INITIAL_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Two-step sign-in" })).toBeVisible();
}

async function enterCode(page: Page, code: string) {
  await page.getByLabel("Code from your authenticator app").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
}

/** The enrolment page's three steps; returns the secret it showed. */
async function enrol(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/enrol-two-factor$/);
  await page.getByLabel("Your password").fill(INITIAL_PASSWORD);
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" }).locator("svg")).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s+/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await page.getByLabel("Code from your authenticator app").fill(wrongTotpCode(secret));
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not correct" })).toBeVisible();
  await page.getByLabel("Code from your authenticator app").fill(totpCode(secret));
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Two-step sign-in is set up" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Two-step sign-in is set up" }).getByRole("listitem")).toHaveCount(10);
  return secret;
}

test.describe("two-step sign-in (TOTP)", () => {
  test("the demo analyst's sign-in asks the current code after the password; a wrong one is refused", async ({
    page,
  }) => {
    await page.goto("/sign-in");
    await expect(page.getByRole("note").filter({ hasText: "RES45READINESSDEMOTOTPSECRETKEYS" })).toBeVisible();
    await page.getByLabel("Email").fill("analyst@example.org");
    await page.getByLabel("Password").fill("Readiness-Demo-2026");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await enterCode(page, wrongTotpCode());
    await expect(signInAlert(page)).toContainText("This code is not correct");
    await expect(page).toHaveURL(/\/sign-in$/);
    await enterCode(page, totpCode());
    await expect(page).toHaveURL(/\/review$/);
  });

  test("an analyst without a second factor is sent to enrolment, enrols, and then needs the code; wrong codes are throttled; an administrator resets a lost factor", async ({
    page,
    browser,
    baseURL,
  }) => {
    const email = freshEmail("analyst.totp");
    const name = `TOTP analyst ${email.slice(13, 26)}`;
    await signInAsAdmin(page);
    await createAccount(page, { name, email, role: "BDT analyst" });
    await expect(createForm(page).getByRole("status")).toContainText("Account created");

    const context = await browser.newContext({ baseURL });
    const person = await context.newPage();
    await signIn(person, email, INITIAL_PASSWORD);
    await expect(person).toHaveURL(/\/enrol-two-factor$/);
    // Any other page leads back here, and the API refuses everything but enrolment with its own code.
    await person.goto("/review");
    await expect(person).toHaveURL(/\/enrol-two-factor$/);
    const refused = await context.request.get("/api/v1/tokens");
    expect(refused.status()).toBe(403);
    expect((await refused.json()).code).toBe("forbidden.two_factor_enrolment");
    const changePassword = await context.request.post("/api/auth/change-password", {
      data: { currentPassword: INITIAL_PASSWORD, newPassword: "Another-pass-2026" },
    });
    expect((await changePassword.json()).code).toBe("forbidden.two_factor_enrolment");

    const secret = await enrol(person);
    await person.getByRole("button", { name: "Continue" }).click();
    await expect(person).toHaveURL(/\/review$/);
    expect((await context.request.get("/api/v1/tokens")).status()).toBe(200);
    // A BDT account cannot turn it off.
    const disable = await context.request.post("/api/auth/two-factor/disable", {
      data: { password: INITIAL_PASSWORD },
    });
    expect(disable.status()).toBe(403);
    expect((await disable.json()).code).toBe("forbidden.two_factor_required");
    await context.clearCookies();

    // Signing in again: the password is not enough; wrong codes are refused, then the step is locked.
    await passwordStep(person, email);
    await enterCode(person, wrongTotpCode(secret));
    await expect(signInAlert(person)).toContainText("This code is not correct");
    for (let i = 0; i < 4; i++) {
      await enterCode(person, wrongTotpCode(secret));
      await expect(signInAlert(person)).toBeVisible();
    }
    await enterCode(person, totpCode(secret));
    await expect(signInAlert(person)).toContainText("Too many wrong codes");
    await expect(person).toHaveURL(/\/sign-in$/);
    expect(await context.request.get("/api/auth/get-session").then((r) => r.json())).toBeNull();

    // The administrator resets the lost factor: recorded, and the person enrols again at the next sign-in.
    const row = await findAccountRow(page, email);
    const panel = await openManagePanel(page, name, row);
    const control = panel.getByRole("group", { name: `Second factor of ${name}` });
    await control.getByRole("button", { name: "Reset second factor" }).click();
    await expect(control.getByRole("status")).toContainText(`Second factor of ${name} removed`);
    await signIn(person, email, INITIAL_PASSWORD);
    await expect(person).toHaveURL(/\/enrol-two-factor$/);
    await context.close();
  });
});
