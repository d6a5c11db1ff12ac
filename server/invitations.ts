import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "@/db/password-hash";
import { insertAccountWithHash } from "@/db/accounts";
import { publicOrigin } from "@/db/env";
import { deleteNewAccount, isEmailTaken, memberStateExists } from "@/db/queries/admin";
import type { SignOnAccount } from "@/db/auth";
import {
  findInvitation,
  findInvitationByTokenHash,
  findLatestInvitationByEmail,
  insertInvitation,
  listPendingInvitationRows,
  markInvitationAccepted,
  markInvitationAcceptedIfPending,
  markInvitationRevoked,
  revokePendingInvitationsOf,
} from "@/db/queries/invitations";
import { insertMail } from "@/db/queries/mail";
import { getDb, inTransaction, isUniqueViolation } from "@/db/transaction";
import { invitationExpiry, invitationState } from "@/lib/admin/invitations";
import type { AcceptInvitationInput, InviteInput } from "@/lib/admin/invitations.validation";
import type { Actor } from "@/lib/assessment/actor";
import { isStateRole, type Role } from "@/lib/assessment/status";
import { AppError, appError } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { invitationMail } from "@/lib/mail/templates";
import { assertAdmin, assertCanInvite } from "./access";
import { wakeMailSender } from "./mail-sender";

/**
 * Invitations: an administrator (or a focal point, for their own state) invites a person by e-mail; the
 * single-use link lets them choose their own password, which creates the account. Only the SHA-256 of the
 * link's token is stored, so a copy of the database opens no account.
 */

export interface SentInvitation {
  id: string;
  email: string;
  name: string;
  role: Role;
  iso3: string | null;
  locale: Locale;
  expiresAt: string;
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

function emailTaken(email: string) {
  return new AppError("conflict.email_taken", {
    params: { email },
    problems: [{ path: ["email"], message: "", code: "conflict.email_taken", params: { email } }],
  });
}

/**
 * Invites a person: the invitation and its message are written in one transaction (the message goes out
 * later, from the outbox). A pending invitation of the same address is withdrawn: the new link replaces it.
 * `requestOrigin` is where the request came in; links use BETTER_AUTH_URL when it is set.
 */
export async function invite(
  actor: Actor,
  input: InviteInput,
  context: { locale: Locale; requestOrigin: string },
): Promise<SentInvitation> {
  assertCanInvite(actor, input.role, input.memberStateIso3);
  const locale = input.locale ?? context.locale;
  const token = randomBytes(32).toString("base64url");
  const sentAt = new Date();
  const expiresAt = invitationExpiry(sentAt);
  const id = await inTransaction(async (tx) => {
    if (input.memberStateIso3 && !(await memberStateExists(tx, input.memberStateIso3)))
      throw appError("not_found.member_state", { iso3: input.memberStateIso3 });
    if (await isEmailTaken(tx, input.email)) throw emailTaken(input.email);
    await revokePendingInvitationsOf(tx, input.email);
    const invitationId = await insertInvitation(tx, {
      email: input.email,
      name: input.name,
      role: input.role,
      memberStateIso3: input.memberStateIso3,
      locale,
      tokenHash: hashToken(token),
      invitedBy: actor.userId,
      expiresAt,
    });
    const link = `${publicOrigin(context.requestOrigin)}/${locale}/invitation/${token}`;
    const mail = invitationMail(locale, { ...input, inviter: actor.name, link, expiresAt });
    await insertMail(tx, { recipient: input.email, locale, kind: "invitation", ...mail });
    return invitationId;
  });
  wakeMailSender();
  return {
    id,
    email: input.email,
    name: input.name,
    role: input.role,
    iso3: input.memberStateIso3,
    locale,
    expiresAt: expiresAt.toISOString(),
  };
}

/** Invitations still waiting for their person (administrators). */
export async function listPendingInvitations(actor: Actor) {
  assertAdmin(actor);
  return listPendingInvitationRows(await getDb());
}

async function requirePending(id: string) {
  const row = await findInvitation(await getDb(), id);
  if (!row || invitationState(row, new Date()) === "accepted" || row.revokedAt) throw appError("not_found.invitation");
  return row;
}

/** Sends a pending (or expired) invitation again: a new link, valid seven days; the old link stops working. */
export async function resendInvitation(
  actor: Actor,
  id: string,
  context: { locale: Locale; requestOrigin: string },
): Promise<SentInvitation> {
  assertAdmin(actor);
  const row = await requirePending(id);
  return invite(
    actor,
    {
      email: row.email,
      name: row.name,
      role: row.role as Role,
      memberStateIso3: row.memberStateIso3,
      locale: isLocale(row.locale) ? row.locale : undefined,
    },
    context,
  );
}

/** Withdraws a pending invitation: its link no longer works. */
export async function revokeInvitation(actor: Actor, id: string): Promise<void> {
  assertAdmin(actor);
  if (!(await markInvitationRevoked(await getDb(), id))) throw appError("not_found.invitation");
}

type InvitationRow = NonNullable<Awaited<ReturnType<typeof findInvitationByTokenHash>>>;

/** The one rule of accepting: the invitation exists and is pending now (not accepted, withdrawn or expired). */
function isPending(row: InvitationRow | undefined): row is InvitationRow {
  return row !== undefined && invitationState(row, new Date()) === "pending";
}

/** What the invitation page shows before the person chooses a password; refused unless pending. */
export async function readInvitation(token: string) {
  const row = await findInvitationByTokenHash(await getDb(), hashToken(token));
  if (!isPending(row)) throw appError("not_found.invitation");
  return { email: row.email, name: row.name, role: row.role as Role, iso3: row.memberStateIso3 };
}

/**
 * Accepts an invitation: the account is created with the chosen password (better-auth's hasher) and the
 * invitation marked used, in one transaction that locks it, so a link creates one account, once.
 */
export async function acceptInvitation(input: AcceptInvitationInput): Promise<{ email: string }> {
  // Hashing is deliberately slow: do it before the transaction holds any lock.
  const passwordHash = await hashPassword(input.password);
  try {
    return await inTransaction(async (tx) => {
      const row = await findInvitationByTokenHash(tx, hashToken(input.token), true);
      if (!isPending(row)) throw appError("not_found.invitation");
      if (await isEmailTaken(tx, row.email)) throw emailTaken(row.email);
      const role = row.role as Role;
      const userId = await insertAccountWithHash(
        tx,
        { email: row.email, name: row.name, role, memberStateIso3: row.memberStateIso3 },
        passwordHash,
      );
      await markInvitationAccepted(tx, row.id, userId);
      return { email: row.email };
    });
  } catch (error) {
    // An account made for the same address at the same moment: the unique index decides.
    if (isUniqueViolation(error)) throw appError("not_found.invitation");
    throw error;
  }
}

/**
 * Single sign-on, for a person the OpenID provider signed in who has no account yet: an account is made
 * only for an address the provider says is verified and that has a pending invitation, with the
 * invitation's name, role and Member State (nothing from the provider's claims). Called by better-auth
 * (db/auth.ts) before it writes the account; `acceptInvitationBySignOn` follows once it is written.
 */
export async function accountForSignOn(profile: { email: string; emailVerified: boolean }): Promise<SignOnAccount> {
  if (!profile.emailVerified) throw appError("auth.sso_email_unverified");
  const row = await findLatestInvitationByEmail(await getDb(), profile.email);
  if (!isPending(row)) throw appError("auth.sso_not_invited");
  const role = row.role as Role;
  return {
    id: randomUUID(),
    name: row.name,
    role,
    memberStateIso3: isStateRole(role) ? row.memberStateIso3 : null,
  };
}

/**
 * The account single sign-on just made accepts its invitation, as a link would. If the invitation stopped
 * being pending meanwhile (withdrawn, or accepted by its link at the same moment), the account is removed
 * again and the sign-in refused: an account exists only for an invitation used once.
 */
export async function acceptInvitationBySignOn(account: { id: string; email: string }): Promise<void> {
  const db = await getDb();
  const row = await findLatestInvitationByEmail(db, account.email);
  if (isPending(row) && (await markInvitationAcceptedIfPending(db, row.id, account.id))) return;
  await deleteNewAccount(db, account.id);
  throw appError("auth.sso_not_invited");
}
