import { verifyPassword } from "better-auth/crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { account, invitations, mailOutbox, user } from "@/db/schema/index";
import type { InviteInput } from "@/lib/admin/invitations.validation";
import type { Actor } from "@/lib/assessment/actor";
import { createActor, refusal, refusalCode, useServiceDatabase } from "./testing/service-database";
import {
  acceptInvitation,
  acceptInvitationBySignOn,
  accountForSignOn,
  invite,
  listPendingInvitations,
  readInvitation,
  resendInvitation,
  revokeInvitation,
} from "./invitations";

const db = useServiceDatabase();
const context = { locale: "fr" as const, requestOrigin: "http://readiness.test" };
const PASSWORD = "a-long-chosen-password";

let admin: Actor;
let analyst: Actor;
let kenya: Actor;

beforeAll(async () => {
  admin = await createActor(db.connection(), "admin");
  analyst = await createActor(db.connection(), "analyst");
  kenya = await createActor(db.connection(), "focal_point", "KEN");
});

let counter = 0;
const person = (input: Partial<InviteInput> = {}): InviteInput => ({
  email: `invited.${++counter}@test.example`,
  name: `Invited ${counter}`,
  role: "focal_point",
  memberStateIso3: "KEN",
  ...input,
});

/** The link's token, read from the queued message (the database keeps only its hash). */
async function tokenSentTo(email: string): Promise<string> {
  const rows = await db
    .connection()
    .db.select({ text: mailOutbox.text })
    .from(mailOutbox)
    .where(eq(mailOutbox.recipient, email))
    .orderBy(sql`${mailOutbox.id} desc`)
    .limit(1);
  const match = /\/invitation\/([\w-]+)/.exec(rows[0]?.text ?? "");
  if (!match) throw new Error(`No invitation link was queued for ${email}`);
  return match[1]!;
}

describe("invite", () => {
  it("queues the invitation in the chosen language with a link to the invitation page", async () => {
    const input = person({ locale: "es" });
    const sent = await invite(admin, input, context);
    expect(sent).toMatchObject({ email: input.email, role: "focal_point", iso3: "KEN", locale: "es" });
    const [mail] = await db.connection().db.select().from(mailOutbox).where(eq(mailOutbox.recipient, input.email));
    expect(mail).toMatchObject({ kind: "invitation", locale: "es", status: "queued", attempts: 0 });
    expect(mail!.subject).toBe("Su invitación a Res45 Readiness");
    expect(mail!.text).toMatch(/http:\/\/readiness\.test\/es\/invitation\/[\w-]{40,}/);
    // Only the token's hash is stored.
    const [row] = await db.connection().db.select().from(invitations).where(eq(invitations.email, input.email));
    expect(mail!.text).not.toContain(row!.tokenHash);
  });

  it("lets a focal point invite focal points of their own state only", async () => {
    await expect(invite(kenya, person(), context)).resolves.toMatchObject({ iso3: "KEN" });
    expect(await refusal(invite(kenya, person({ memberStateIso3: "BRA" }), context))).toMatchObject({
      code: "forbidden.other_state",
      params: { own: "KEN" },
    });
    expect(await refusalCode(invite(kenya, person({ role: "analyst", memberStateIso3: null }), context))).toBe(
      "forbidden.invite_role",
    );
    expect(await refusalCode(invite(analyst, person(), context))).toBe("forbidden.cannot_invite");
  });

  it("refuses an address that already has an account, and queues nothing", async () => {
    const before = await db.connection().db.$count(mailOutbox);
    expect(await refusal(invite(admin, person({ email: kenya.email }), context))).toMatchObject({
      code: "conflict.email_taken",
      status: 409,
    });
    expect(await db.connection().db.$count(mailOutbox)).toBe(before);
  });
});

describe("acceptInvitation", () => {
  it("creates the account with the chosen password, once", async () => {
    const input = person();
    await invite(admin, input, context);
    const token = await tokenSentTo(input.email);
    expect(await readInvitation(token)).toEqual({
      email: input.email,
      name: input.name,
      role: "focal_point",
      iso3: "KEN",
    });

    await expect(acceptInvitation({ token, password: PASSWORD, confirmPassword: PASSWORD })).resolves.toEqual({
      email: input.email,
    });
    const [created] = await db.connection().db.select().from(user).where(eq(user.email, input.email));
    expect(created).toMatchObject({ role: "focal_point", memberStateIso3: "KEN", name: input.name });
    const [credential] = await db.connection().db.select().from(account).where(eq(account.userId, created!.id));
    expect(await verifyPassword({ hash: credential!.password!, password: PASSWORD })).toBe(true);

    expect(await refusalCode(acceptInvitation({ token, password: PASSWORD, confirmPassword: PASSWORD }))).toBe(
      "not_found.invitation",
    );
    expect(await refusalCode(readInvitation(token))).toBe("not_found.invitation");
  });

  it("refuses an expired link", async () => {
    const input = person();
    await invite(admin, input, context);
    const token = await tokenSentTo(input.email);
    await db
      .connection()
      .db.update(invitations)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(invitations.email, input.email));
    expect(await refusalCode(acceptInvitation({ token, password: PASSWORD, confirmPassword: PASSWORD }))).toBe(
      "not_found.invitation",
    );
    expect(await db.connection().db.$count(user, eq(user.email, input.email))).toBe(0);
  });

  it("refuses an unknown token", async () => {
    expect(await refusalCode(readInvitation("not-a-token"))).toBe("not_found.invitation");
  });
});

describe("resend and revoke", () => {
  it("resending replaces the link; revoking ends it; both for administrators only", async () => {
    const input = person();
    const first = await invite(admin, input, context);
    const oldToken = await tokenSentTo(input.email);
    expect(await refusalCode(resendInvitation(kenya, first.id, context))).toBe("forbidden.admin_only");
    const second = await resendInvitation(admin, first.id, context);
    const newToken = await tokenSentTo(input.email);
    expect(newToken).not.toBe(oldToken);
    expect(await refusalCode(readInvitation(oldToken))).toBe("not_found.invitation");
    expect((await listPendingInvitations(admin)).map((i) => i.id)).toContain(second.id);

    expect(await refusalCode(revokeInvitation(analyst, second.id))).toBe("forbidden.admin_only");
    await revokeInvitation(admin, second.id);
    expect(await refusalCode(readInvitation(newToken))).toBe("not_found.invitation");
    expect((await listPendingInvitations(admin)).map((i) => i.id)).not.toContain(second.id);
    expect(await refusalCode(revokeInvitation(admin, second.id))).toBe("not_found.invitation");
  });
});

describe("single sign-on: an account only for a verified address with a pending invitation", () => {
  /** What better-auth does between the two calls: writes the user row it was given. */
  async function writeUser(made: Awaited<ReturnType<typeof accountForSignOn>>, email: string) {
    const now = new Date();
    await db
      .connection()
      .db.insert(user)
      .values({ ...made, email, emailVerified: true, createdAt: now, updatedAt: now });
  }
  const invitationOf = async (email: string) =>
    (await db.connection().db.select().from(invitations).where(eq(invitations.email, email)))[0]!;
  const userOf = async (email: string) =>
    (await db.connection().db.select().from(user).where(eq(user.email, email)))[0];

  it("gives the invitation's name, role and state, whatever the case of the provider's address", async () => {
    const input = person({ memberStateIso3: "KEN" });
    await invite(admin, input, context);
    const made = await accountForSignOn({ email: input.email.toUpperCase(), emailVerified: true });
    expect(made).toMatchObject({ name: input.name, role: "focal_point", memberStateIso3: "KEN" });
    expect(made.id).toMatch(/^[0-9a-f-]{36}$/);

    await writeUser(made, input.email);
    await acceptInvitationBySignOn({ id: made.id, email: input.email });
    const row = await invitationOf(input.email);
    expect(row.acceptedAt).not.toBeNull();
    expect(row.userId).toBe(made.id);
    // Used once: the same address is not invited any more.
    expect(await refusalCode(accountForSignOn({ email: input.email, emailVerified: true }))).toBe(
      "auth.sso_not_invited",
    );
  });

  it("binds no Member State to a BDT role", async () => {
    const input = person({ role: "analyst", memberStateIso3: null });
    await invite(admin, input, context);
    expect(await accountForSignOn({ email: input.email, emailVerified: true })).toMatchObject({
      role: "analyst",
      memberStateIso3: null,
    });
  });

  it("refuses an address the provider has not verified, even with an invitation", async () => {
    const input = person();
    await invite(admin, input, context);
    expect(await refusalCode(accountForSignOn({ email: input.email, emailVerified: false }))).toBe(
      "auth.sso_email_unverified",
    );
    expect((await invitationOf(input.email)).acceptedAt).toBeNull();
  });

  it("refuses an address with no invitation, a withdrawn one or an expired one", async () => {
    expect(await refusalCode(accountForSignOn({ email: "stranger@test.example", emailVerified: true }))).toBe(
      "auth.sso_not_invited",
    );
    const withdrawn = person();
    await invite(admin, withdrawn, context);
    await revokeInvitation(admin, (await invitationOf(withdrawn.email)).id);
    expect(await refusalCode(accountForSignOn({ email: withdrawn.email, emailVerified: true }))).toBe(
      "auth.sso_not_invited",
    );
    const expired = person();
    await invite(admin, expired, context);
    await db
      .connection()
      .db.update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.email, expired.email));
    expect(await refusalCode(accountForSignOn({ email: expired.email, emailVerified: true }))).toBe(
      "auth.sso_not_invited",
    );
  });

  it("removes the account again when the invitation was withdrawn while it was being made", async () => {
    const input = person();
    await invite(admin, input, context);
    const made = await accountForSignOn({ email: input.email, emailVerified: true });
    await revokeInvitation(admin, (await invitationOf(input.email)).id);
    await writeUser(made, input.email);
    expect(await refusalCode(acceptInvitationBySignOn({ id: made.id, email: input.email }))).toBe(
      "auth.sso_not_invited",
    );
    expect(await userOf(input.email)).toBeUndefined();
  });
});
