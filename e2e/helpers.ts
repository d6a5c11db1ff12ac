import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Readiness-Demo-2026";
export const OPEN_CYCLE = new Date().getUTCFullYear();

/** Signs in through the sign-in page, as a user would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** Signs an API client in through better-auth's standard endpoint; its cookie jar keeps the session. */
export async function apiSignIn(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const response = await request.post("/api/auth/sign-in/email", { data: { email, password } });
  expect(response.status(), `sign-in of ${email}`).toBe(200);
}

/**
 * The lines of a CSV export (without the final line break) after its first line: the browser tests run on the
 * demo data set, and every CSV export of it starts with a `# Demo data: …` comment line.
 */
export function demoCsvLines(text: string): string[] {
  const lines = text.trimEnd().split("\r\n");
  expect(lines[0], "a CSV export of the demo data set says so on its first line").toMatch(/^# Demo data: /);
  return lines.slice(1);
}

/** The password the admin tests give the accounts they create. */
export const INITIAL_PASSWORD = "Initial-pass-2026";

/** An email no other test uses, so the specs stay independent on one database. */
export function freshEmail(label: string) {
  return `${label}.${Date.now()}.${Math.random().toString(36).slice(2, 7)}@example.org`;
}

/** The administrators' form that creates an account (on /admin). */
export function createForm(page: Page) {
  return page.getByRole("form", { name: "Create an account" });
}

/** Creates an account through /admin, as an administrator signed in on `page`. */
export async function createAccount(
  page: Page,
  account: { name: string; email: string; role: string; state?: string; password?: string },
) {
  const form = createForm(page);
  await form.getByLabel("Name").fill(account.name);
  await form.getByLabel("Email").fill(account.email);
  await form.getByLabel("Role").selectOption({ label: account.role });
  if (account.state) await form.getByLabel("Member State").selectOption({ label: account.state });
  await form.getByLabel("Initial password").fill(account.password ?? INITIAL_PASSWORD);
  await form.getByRole("button", { name: "Create account" }).click();
}
