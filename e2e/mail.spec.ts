import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import type { ParsedMail } from "mailparser";
import { apiSignIn, signIn } from "./helpers";
import { Mailbox } from "./mailbox";

/**
 * E-mail end to end, through a real SMTP server run by this spec on the port the e2e server sends to
 * (E2E_SMTP_PORT, chosen by playwright.config.ts): invitations, password resets, and messages that wait
 * while the mail server is down. The states used (TUV, VUT) are used by no other spec.
 */
const NEW_PASSWORD = "a-long-chosen-password-1";

const mailbox = new Mailbox(Number(process.env.E2E_SMTP_PORT));
test.beforeAll(async () => mailbox.start());
test.afterAll(async () => mailbox.stop());

const unique = (prefix: string) => `${prefix}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@e2e.test`;

/** The one link a message carries to this server, from its plain-text part. */
function linkIn(mail: ParsedMail, path: RegExp): string {
  const match = new RegExp(`https?://\\S+${path.source}\\S*`).exec(mail.text ?? "");
  expect(match, `a link to ${path} in "${mail.text}"`).toBeTruthy();
  return match![0];
}

async function invite(request: APIRequestContext, data: Record<string, string>) {
  await apiSignIn(request, "admin@example.org");
  const response = await request.post("/api/v1/invitations", { data });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

/** The outbox row of a message to `address`, as the administrators' page shows it. */
async function outboxRow(page: Page, address: string) {
  await page.goto("/en/admin/outbox");
  return page.getByRole("row").filter({ hasText: address });
}

test.describe("e-mail", () => {
  test("an invitation arrives in the chosen language; its link sets the password and signs the person in", async ({
    page,
    request,
  }) => {
    const email = unique("invited");
    const sent = await invite(request, { email, name: "Ana <Tuvalu>", role: "focal_point", iso3: "TUV", locale: "fr" });
    expect(sent).toMatchObject({ email, role: "focal_point", iso3: "TUV", locale: "fr" });

    const mail = await mailbox.waitFor(email, "Votre invitation à Res45 Readiness");
    expect(mail.from?.text).toContain("readiness@e2e.test");
    expect(mail.text).toContain("Bonjour Ana <Tuvalu>,");
    // The HTML part escapes the name it carries.
    expect(mail.html).toContain("Ana &#60;Tuvalu&#62;");
    const link = linkIn(mail, /\/fr\/invitation\//);
    expect(mail.html).toContain(`href="${link}"`);

    await page.goto(link);
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("heading", { name: "Bienvenue, Ana <Tuvalu>" })).toBeVisible();
    await page.getByLabel(/^Mot de passe \(au moins/).fill(NEW_PASSWORD);
    await page.getByLabel("Mot de passe, à nouveau").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    // Signed in, on the focal point's home page.
    await expect(page).toHaveURL(/\/fr\/assessment/);

    // The link works once.
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "Ce lien d’invitation n’est pas valide" })).toBeVisible();

    // The administrators read the same message in the outbox.
    const admin = await page.context().browser()!.newPage();
    await signIn(admin, "admin@example.org");
    const row = await outboxRow(admin, email);
    await expect(row).toContainText("Sent");
    await row.getByRole("link", { name: "Votre invitation à Res45 Readiness" }).click();
    await expect(admin.getByText(link)).toBeVisible();
    await admin.close();
  });

  test("a password reset by e-mail sets a new password and ends the other sessions; an unknown address answers the same", async ({
    page,
    request,
    playwright,
  }) => {
    const email = unique("reset");
    await invite(request, { email, name: "Reset Person", role: "focal_point", iso3: "VUT", locale: "en" });
    const invitation = await mailbox.waitFor(email, "Your invitation to Res45 Readiness");
    await page.goto(linkIn(invitation, /\/en\/invitation\//));
    await page.waitForLoadState("networkidle");
    await page.getByLabel(/^Password \(at least/).fill(NEW_PASSWORD);
    await page.getByLabel("Password again").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Create my account" }).click();
    await expect(page).toHaveURL(/\/en\/assessment/);

    // Another device, signed in before the reset.
    const baseURL = test.info().project.use.baseURL;
    const other = await playwright.request.newContext({ baseURL });
    await apiSignIn(other, email, NEW_PASSWORD);
    expect(await (await other.get("/api/auth/get-session")).json()).toBeTruthy();

    const fresh = await page.context().browser()!.newContext();
    const reset = await fresh.newPage();
    await reset.goto("/es/sign-in");
    await reset.getByRole("link", { name: "¿Olvidó su contraseña?" }).click();
    await expect(reset).toHaveURL(/\/es\/forgot-password/);
    // The form answers once its script has loaded.
    await reset.waitForLoadState("networkidle");
    await reset.getByLabel("Correo electrónico").fill(email);
    await reset.getByRole("button", { name: "Enviar el enlace" }).click();
    await expect(reset.getByRole("status")).toContainText("Si esta dirección pertenece a una cuenta");

    const mail = await mailbox.waitFor(email, "Restablecer su contraseña de Res45 Readiness");
    const link = linkIn(mail, /\/es\/reset-password\?token=/);
    const changed = "another-long-password-2";
    await reset.goto(link);
    await reset.waitForLoadState("networkidle");
    await reset.getByLabel(/^Contraseña \(al menos/).fill(changed);
    await reset.getByLabel("Repita la nueva contraseña").fill(changed);
    await reset.getByRole("button", { name: "Cambiar la contraseña" }).click();
    await expect(reset.getByRole("status")).toContainText("Su contraseña se ha cambiado");
    await fresh.close();

    // The other device's session has ended; the old password no longer works, the new one does.
    expect(await (await other.get("/api/auth/get-session")).json()).toBeNull();
    await other.dispose();
    const device = await playwright.request.newContext({ baseURL });
    const old = await device.post("/api/auth/sign-in/email", { data: { email, password: NEW_PASSWORD } });
    expect(old.status(), await old.text()).toBe(401);
    await apiSignIn(device, email, changed);
    await device.dispose();

    // An address without an account gets the same answer, and no message.
    const anonymous = await playwright.request.newContext({ baseURL });
    const nobody = unique("nobody");
    const known = await anonymous.post("/api/auth/request-password-reset", { data: { email } });
    const unknown = await anonymous.post("/api/auth/request-password-reset", { data: { email: nobody } });
    expect(known.status()).toBe(200);
    expect(unknown.status()).toBe(200);
    expect(await unknown.json()).toEqual(await known.json());
    await anonymous.dispose();
    await page.waitForTimeout(1500);
    expect(mailbox.to(nobody)).toHaveLength(0);
  });

  test("with the SMTP server down, messages wait and are retried, and go out once it is back", async ({
    page,
    request,
  }) => {
    await signIn(page, "admin@example.org");
    await mailbox.stop();
    const email = unique("later");
    try {
      await invite(request, { email, name: "Later Person", role: "analyst" });
      // Queued, with failed attempts growing.
      await expect
        .poll(async () => (await (await outboxRow(page, email)).textContent()) ?? "", { timeout: 30_000 })
        .toMatch(/Queued, [2-9] failed attempts/);
      expect(mailbox.to(email)).toHaveLength(0);
    } finally {
      await mailbox.start();
    }
    await mailbox.waitFor(email, "Your invitation to Res45 Readiness", 60_000);
    await expect(await outboxRow(page, email)).toContainText("Sent");
    // Sent once.
    await page.waitForTimeout(1500);
    expect(mailbox.to(email)).toHaveLength(1);
  });
});
