import { expect, test, type Browser, type Page } from "@playwright/test";
import { apiEnrolTotp, apiSignIn, signIn } from "./helpers";
import {
  ADMIN,
  createAccount,
  createForm,
  findAccountRow,
  freshEmail,
  INITIAL_PASSWORD,
  openManagePanel,
  signInAsAdmin,
} from "./pages/admin-accounts";

// API calls open a new connection each: a kept-alive socket that the server closes
// after its idle timeout, just as the next call reuses it, would fail as ECONNRESET.
const FRESH_CONNECTION = { connection: "close" };

/** A second person, in a browser of their own (own cookies), on the same server. */
async function otherBrowser(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL });
  return { context, page: await context.newPage() };
}

/** The sign-in form's own message (Next.js adds a route announcer that is an alert too). */
function signInAlert(page: Page) {
  return page.getByRole("region", { name: "Sign-in form" }).getByRole("alert");
}

test.describe("administration: accounts", () => {
  test("an administrator creates a focal point who signs in; disabling ends their session at once", async ({
    page,
    browser,
    baseURL,
  }) => {
    const email = freshEmail("focal.lux");
    await signInAsAdmin(page);
    await expect(createForm(page).getByLabel("Member State").locator("option")).toHaveCount(194);
    await createAccount(page, {
      name: "Focal point, Luxembourg",
      email,
      role: "Focal point",
      state: "Luxembourg (LUX)",
    });
    await expect(createForm(page).getByRole("status")).toHaveText(
      `Account created: Focal point, Luxembourg (${email}), a focal point for Luxembourg. Give them the initial password; they can change it on their account page.`,
    );
    const row = await findAccountRow(page, email);
    await expect(row.getByRole("cell")).toHaveText([
      "Focal point, Luxembourg",
      email,
      "Focal point",
      "Luxembourg LUX",
      "Active",
      /\d{1,2} \w{3} \d{4}/,
      "Manage Focal point, Luxembourg",
    ]);

    const focal = await otherBrowser(browser, baseURL);
    await signIn(focal.page, email, INITIAL_PASSWORD);
    await expect(focal.page).toHaveURL(/\/assessment$/);
    await focal.page.goto("/account");
    await expect(focal.page.getByRole("heading", { level: 1 })).toHaveText("Focal point, Luxembourg");
    await expect(focal.page.getByRole("main").getByText("LUX", { exact: true })).toBeVisible();

    const panel = await openManagePanel(page, "Focal point, Luxembourg", row);
    const access = panel.getByRole("group", { name: "Access of Focal point, Luxembourg" });
    await access.getByRole("button", { name: "Disable account" }).click();
    await access.getByRole("button", { name: "Disable and sign out" }).click();
    await expect(access.getByRole("status")).toHaveText(
      "Focal point, Luxembourg is disabled and can no longer sign in. Their open session has ended.",
    );
    await expect(row.getByText("Disabled", { exact: true })).toBeVisible();

    // The session row is gone, not merely ignored: better-auth itself no longer knows the session.
    const session = await focal.page.request.get("/api/auth/get-session", { headers: FRESH_CONNECTION });
    expect(await session.json()).toBeNull();
    await focal.page.goto("/account");
    await expect(focal.page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
    await focal.page.getByLabel("Email").fill(email);
    await focal.page.getByLabel("Password").fill(INITIAL_PASSWORD);
    await focal.page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(signInAlert(focal.page)).toHaveText("This account has been disabled. Ask an administrator.");

    await access.getByRole("button", { name: "Enable account" }).click();
    await expect(access.getByRole("status")).toHaveText("Focal point, Luxembourg is enabled and can sign in again.");
    await expect(row.getByText("Active", { exact: true })).toBeVisible();
    // A wrong password first: the account's history shows it, with the address it came from.
    await focal.page.getByLabel("Password").fill("not-the-right-password");
    await focal.page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(signInAlert(focal.page)).toHaveText("The email or password is not correct.");
    await signIn(focal.page, email, INITIAL_PASSWORD);
    await expect(focal.page).toHaveURL(/\/assessment$/);
    await focal.context.close();

    // The history is read when the panel opens: newest first, who did what.
    await page.reload();
    const reopened = await openManagePanel(page, "Focal point, Luxembourg", await findAccountRow(page, email));
    const history = reopened.getByRole("region", { name: "History of Focal point, Luxembourg" });
    await expect(history.getByRole("listitem")).toHaveCount(3);
    await expect(history.getByRole("listitem").nth(0)).toContainText("Failed sign-in");
    await expect(history.getByRole("listitem").nth(0)).toContainText(/127\.0\.0\.1|::1/);
    await expect(history.getByRole("listitem").nth(1)).toContainText(/Account enabled\s*by BDT Administrator/);
    await expect(history.getByRole("listitem").nth(2)).toContainText(/Account disabled\s*by BDT Administrator/);
  });

  test("a taken email is a field error and nothing is written; the form explains its rules", async ({ page }) => {
    await signInAsAdmin(page);
    const form = createForm(page);
    await createAccount(page, { name: "Second analyst", email: "Analyst@Example.org", role: "BDT analyst" });
    await expect(form.locator("#new-email-error")).toHaveText("An account with this email already exists");
    await expect(form.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByRole("status")).toHaveText("The account was not created: correct the field marked below.");
    const row = await findAccountRow(page, "analyst@example.org");
    await expect(row).toContainText("BDT Analyst");

    // The same zod schema runs in the browser before anything is sent.
    await form.getByLabel("Name").fill("Someone");
    await form.getByLabel("Email").fill(freshEmail("rules"));
    await form.getByLabel("Role").selectOption({ label: "Focal point" });
    await form.getByLabel("Initial password").fill("too-short");
    await form.getByRole("button", { name: "Create account" }).click();
    await expect(form.locator("#new-state-error")).toHaveText("Choose the Member State this focal point answers for");
    await expect(form.locator("#new-password-error")).toHaveText("A password has at least 12 characters");
    await form.getByLabel("Role").selectOption({ label: "Administrator" });
    await expect(form.getByLabel("Member State")).toHaveCount(0);
    await expect(form.getByText("Not bound to a Member State")).toBeVisible();
  });

  test("filters accounts by role and finds them by name or email", async ({ page }) => {
    await signInAsAdmin(page);
    await page.getByRole("navigation", { name: "Role" }).getByRole("link", { name: "BDT analysts" }).click();
    await expect(page).toHaveURL(/role=analyst/);
    const roles = page.getByRole("table").first().locator("tbody tr td:nth-child(3)");
    await expect(roles.first()).toHaveText("BDT analyst");
    expect(new Set(await roles.allTextContents())).toEqual(new Set(["BDT analyst"]));

    await page.getByRole("navigation", { name: "Role" }).getByRole("link", { name: "All" }).click();
    await expect(page).not.toHaveURL(/role=/);
    // Kenya's focal point, not its contributor: the search reads e-mail addresses too.
    await page.getByLabel("Search by name or email").fill("focal.ken");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    const rows = page.getByRole("table").first().locator("tbody tr");
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText("focal.ken@example.org");
    await expect(page.getByText(/^1 of \d+ accounts match this filter\.$/)).toBeVisible();
    await page.getByLabel("Search by name or email").fill("nobody-has-this-name");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page.getByText("No account matches this filter.")).toBeVisible();
  });

  test("role changes keep a focal point bound to exactly one Member State", async ({ page, browser, baseURL }) => {
    const email = freshEmail("focal.mlt");
    const name = "Focal point, Malta";
    await signInAsAdmin(page);
    await createAccount(page, { name, email, role: "Focal point", state: "Malta (MLT)" });
    await expect(createForm(page).getByRole("status")).toContainText("Account created");
    const row = await findAccountRow(page, email);
    const panel = await openManagePanel(page, name, row);
    const roleForm = panel.getByRole("form", { name: `Role of ${name}` });

    await roleForm.getByLabel("Member State").selectOption({ label: "Portugal (PRT)" });
    await roleForm.getByRole("button", { name: "Save role" }).click();
    await expect(roleForm.getByRole("status")).toHaveText(`${name} is now a focal point for Portugal.`);
    await expect(row).toContainText("Portugal PRT");

    await roleForm.getByLabel("Role").selectOption({ label: "BDT analyst" });
    await expect(roleForm.getByLabel("Member State")).toHaveCount(0);
    await roleForm.getByRole("button", { name: "Save role" }).click();
    await expect(roleForm.getByRole("status")).toHaveText(`${name} is now a BDT analyst.`);
    await expect(row.getByRole("cell").nth(2)).toHaveText("BDT analyst");
    await expect(row.getByRole("cell").nth(3)).toHaveText("—");

    const person = await otherBrowser(browser, baseURL);
    await signIn(person.page, email, INITIAL_PASSWORD);
    // Now an analyst, the account must first set up its second factor; then it reaches the analysts' pages.
    await expect(person.page).toHaveURL(/\/enrol-two-factor$/);
    await apiEnrolTotp(person.page.request, INITIAL_PASSWORD);
    await person.page.goto("/review");
    await expect(person.page).toHaveURL(/\/review$/);
    await person.page.goto("/account");
    await expect(person.page.getByRole("main").getByText("BDT analyst", { exact: true })).toBeVisible();
    await person.context.close();

    await roleForm.getByLabel("Role").selectOption({ label: "Focal point" });
    await roleForm.getByRole("button", { name: "Save role" }).click();
    await expect(roleForm.locator(".field-error")).toHaveText("Choose the Member State this focal point answers for");
    await expect(row.getByRole("cell").nth(2)).toHaveText("BDT analyst");
  });

  test("a password reset replaces the old password and ends the person's sessions", async ({
    page,
    browser,
    baseURL,
  }) => {
    const email = freshEmail("analyst.reset");
    const name = "Analyst to reset";
    const newPassword = "Brand-new-pass-2026";
    await signInAsAdmin(page);
    // A focal point: an analyst would first be sent to set up a second factor (e2e/two-factor.spec.ts).
    await createAccount(page, { name, email, role: "Focal point", state: "Malta (MLT)" });
    await expect(createForm(page).getByRole("status")).toContainText("Account created");

    const person = await otherBrowser(browser, baseURL);
    await signIn(person.page, email, INITIAL_PASSWORD);

    const row = await findAccountRow(page, email);
    const panel = await openManagePanel(page, name, row);
    const passwordForm = panel.getByRole("form", { name: `Password of ${name}` });
    await passwordForm.getByLabel("New password").fill("short");
    await passwordForm.getByRole("button", { name: "Set new password" }).click();
    await expect(passwordForm.locator(".field-error")).toHaveText("A password has at least 12 characters");
    await passwordForm.getByLabel("New password").fill(newPassword);
    await passwordForm.getByRole("button", { name: "Set new password" }).click();
    await expect(passwordForm.getByRole("status")).toHaveText(
      `New password set for ${name}. Their open session has ended.`,
    );

    await person.page.goto("/account");
    await expect(person.page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
    await person.page.getByLabel("Email").fill(email);
    await person.page.getByLabel("Password").fill(INITIAL_PASSWORD);
    await person.page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(signInAlert(person.page)).toHaveText("The email or password is not correct.");
    await person.page.getByLabel("Password").fill(newPassword);
    await person.page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(person.page).toHaveURL(/\/account$/);
    await person.context.close();
  });

  test("an administrator cannot disable, demote or reset their own account", async ({ page }) => {
    await signInAsAdmin(page);
    const row = await findAccountRow(page, ADMIN);
    await expect(row.getByText("You", { exact: true })).toBeVisible();
    await expect(row.getByRole("button")).toHaveCount(0);
  });
});

test.describe("administration: who may use it", () => {
  test("anonymous visitors are sent to sign in, analysts and focal points get a 403 page", async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin$/);

    for (const [email, role] of [
      ["analyst@example.org", "BDT Analyst, a BDT analyst"],
      ["focal.ken@example.org", "Focal point, Kenya, a focal point"],
    ] as const) {
      const other = await otherBrowser(browser, baseURL);
      await signIn(other.page, email);
      const response = await other.page.goto("/admin");
      expect(response?.status(), `status of /admin for ${email}`).toBe(403);
      await expect(other.page.getByRole("heading", { level: 1 })).toHaveText("This page is for administrators");
      await expect(other.page.getByRole("main")).toContainText(`You are signed in as ${role}.`);
      await expect(other.page.getByRole("heading", { name: "Accounts" })).toHaveCount(0);
      await expect(other.page.getByRole("navigation", { name: "Main" })).not.toContainText("Administration");
      await other.context.close();
    }
  });

  test("server actions refuse anyone but administrators, even when called directly", async ({
    page,
    playwright,
    baseURL,
  }) => {
    await signInAsAdmin(page);
    // Record how the page calls two actions (with requests the server refuses, so nothing changes).
    const createCall = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
    await createAccount(page, { name: "Recorded", email: "analyst@example.org", role: "BDT analyst" });
    const create = await createCall;
    await expect(createForm(page).getByRole("status")).toContainText("The account was not created");

    const regionForm = page.getByRole("form", { name: "Move a Member State to another region" });
    const moveCall = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
    await regionForm.getByLabel("Member State").selectOption("LUX");
    await regionForm.getByLabel("New BDT region").selectOption({ label: "Europe" });
    await regionForm.getByRole("button", { name: "Move to region" }).click();
    const move = await moveCall;
    await expect(regionForm.locator(".field-error")).toHaveText("Luxembourg is already in the Europe region.");

    const intruderEmail = freshEmail("intruder");
    const calls = [
      {
        request: create,
        args: [{ name: "Intruder", email: intruderEmail, role: "admin", password: INITIAL_PASSWORD }],
      },
      { request: move, args: [{ iso3: "LUX", region: "africa" }] },
    ];
    for (const who of ["analyst@example.org", "focal.bra@example.org", null]) {
      const client = await playwright.request.newContext({ baseURL, extraHTTPHeaders: FRESH_CONNECTION });
      if (who) await apiSignIn(client, who);
      for (const call of calls) {
        const response = await client.post(new URL(call.request.url()).pathname, {
          headers: {
            "next-action": call.request.headers()["next-action"]!,
            "content-type": call.request.headers()["content-type"]!,
            origin: new URL(baseURL!).origin,
          },
          data: JSON.stringify(call.args),
        });
        const body = await response.text();
        expect(body, `${who ?? "anonymous"} calling ${call.args[0] && Object.keys(call.args[0])}`).toMatch(
          who ? /"code":"forbidden\.admin_only"/ : /"code":"auth\.session_ended"/,
        );
      }
      await client.dispose();
    }

    const states = await page.request.get("/api/v1/member-states?region=africa", { headers: FRESH_CONNECTION });
    expect((await states.json()).map((s: { iso3: string }) => s.iso3)).not.toContain("LUX");
    await page.goto("/admin");
    await page.getByLabel("Search by name or email").fill(intruderEmail);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page.getByText("No account matches this filter.")).toBeVisible();
  });
});

test.describe("administration: questionnaire versions", () => {
  test("lists the published versions, the current one and the assessments answered under each", async ({ page }) => {
    await signInAsAdmin(page);
    const section = page.getByRole("region", { name: "Questionnaire versions" });
    const framework = (await (await page.request.get("/api/v1/framework", { headers: FRESH_CONNECTION })).json()) as {
      id: string;
      version: string;
      questions: unknown[];
    };
    const row = section.getByRole("row").filter({ hasText: framework.id });
    await expect(row.getByRole("cell").nth(1)).toHaveText(framework.version);
    await expect(row.getByRole("cell").nth(3)).toHaveText(String(framework.questions.length));
    await expect(row.getByRole("cell").nth(4)).toHaveText(/^[1-9]\d*$/);
    // The cycles read with it: the open one (the current version is the open cycle's).
    const cycles = (await (await page.request.get("/api/v1/cycles")).json()) as { year: number; status: string }[];
    const open = cycles.find((c) => c.status === "open")!;
    await expect(row.getByRole("cell").nth(5)).toContainText(String(open.year));
    await expect(row.getByRole("cell").nth(6)).toHaveText("Current");
    // Both versions side by side: every current question with its points.
    const side = section.getByTestId("versions-side-by-side");
    await side.locator("summary").click();
    await expect(side.getByRole("row")).toHaveCount(1 + framework.questions.length);
    await expect(section).toContainText("Publishing a new version is done in the code, in lib/framework");
  });
});
