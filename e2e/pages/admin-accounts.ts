import { expect, type Locator, type Page } from "@playwright/test";
import { signIn } from "../helpers";

/** The administrator's accounts page, as the browser tests use it. */
export const ADMIN = "admin@example.org";
export const INITIAL_PASSWORD = "Initial-pass-2026";

/** An email no other test uses, so the specs stay independent on one database. */
export function freshEmail(label: string) {
  return `${label}.${Date.now()}.${Math.random().toString(36).slice(2, 7)}@example.org`;
}

export async function signInAsAdmin(page: Page) {
  await signIn(page, ADMIN);
  await expect(page).toHaveURL(/\/admin$/);
}

export function createForm(page: Page) {
  return page.getByRole("form", { name: "Create an account" });
}

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

/** Narrows the accounts table to one email and returns that account's row. */
export async function findAccountRow(page: Page, email: string): Promise<Locator> {
  await page.getByLabel("Search by name or email").fill(email);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(email).replace(/\./g, "\\.")}`));
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  return row;
}

export async function openManagePanel(page: Page, name: string, row: Locator): Promise<Locator> {
  const panel = page.getByRole("region", { name: `Manage ${name}` });
  // A click that lands before the table has hydrated does nothing: click again until the panel opens.
  await expect(async () => {
    if (!(await panel.isVisible())) await row.getByRole("button", { name: `Manage ${name}` }).click();
    await expect(panel).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  return panel;
}
