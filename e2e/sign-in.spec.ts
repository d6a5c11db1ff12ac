import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

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
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your email address")).toBeVisible();
    await expect(page.getByText("Enter your password")).toBeVisible();
    await page.getByLabel("Email").fill("analyst@example.org");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("The email or password is not correct.");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("sign-in returns to the page that asked for it", async ({ page }) => {
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount/);
    await page.getByLabel("Email").fill("analyst@example.org");
    await page.getByLabel("Password").fill("Readiness-Demo-2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("BDT Analyst");
  });
});
