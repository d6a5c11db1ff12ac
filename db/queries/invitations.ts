import "server-only";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Role } from "@/lib/assessment/status";
import type { Locale } from "@/lib/i18n/locales";
import { invitations, user } from "../schema/index";
import type { Executor } from "../transaction";

export interface NewInvitation {
  email: string;
  name: string;
  role: Role;
  memberStateIso3: string | null;
  locale: Locale;
  tokenHash: string;
  invitedBy: string;
  expiresAt: Date;
}

export async function insertInvitation(ex: Executor, invitation: NewInvitation): Promise<string> {
  const [row] = await ex.insert(invitations).values(invitation).returning({ id: invitations.id });
  return row!.id;
}

/** Withdraws the pending invitations of an e-mail address (a new one replaces them); returns how many. */
export async function revokePendingInvitationsOf(ex: Executor, email: string): Promise<number> {
  const revoked = await ex
    .update(invitations)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(invitations.email, email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .returning({ id: invitations.id });
  return revoked.length;
}

const columns = {
  id: invitations.id,
  email: invitations.email,
  name: invitations.name,
  role: invitations.role,
  memberStateIso3: invitations.memberStateIso3,
  locale: invitations.locale,
  createdAt: invitations.createdAt,
  expiresAt: invitations.expiresAt,
  acceptedAt: invitations.acceptedAt,
  revokedAt: invitations.revokedAt,
  invitedByName: user.name,
};

export async function findInvitation(ex: Executor, id: string) {
  const [row] = await ex
    .select(columns)
    .from(invitations)
    .leftJoin(user, eq(user.id, invitations.invitedBy))
    .where(eq(invitations.id, id));
  return row;
}

/** The invitation of a link's token (by its hash), locked when `forUpdate`, so that it is accepted once. */
export async function findInvitationByTokenHash(ex: Executor, tokenHash: string, forUpdate = false) {
  const query = ex.select(columns).from(invitations).leftJoin(user, eq(user.id, invitations.invitedBy));
  const [row] = await (forUpdate
    ? query.where(eq(invitations.tokenHash, tokenHash)).for("update", { of: invitations })
    : query.where(eq(invitations.tokenHash, tokenHash)));
  return row;
}

/**
 * The newest invitation of an e-mail address (compared without regard to case), whatever its state: the
 * service decides whether it is pending (lib/admin/invitations.ts `invitationState`).
 */
export async function findLatestInvitationByEmail(ex: Executor, email: string) {
  const [row] = await ex
    .select(columns)
    .from(invitations)
    .leftJoin(user, eq(user.id, invitations.invitedBy))
    .where(eq(sql`lower(${invitations.email})`, email.trim().toLowerCase()))
    .orderBy(desc(invitations.createdAt))
    .limit(1);
  return row;
}

/** Marks an invitation accepted by `userId` if it is still pending now; false when it no longer was. */
export async function markInvitationAcceptedIfPending(ex: Executor, id: string, userId: string): Promise<boolean> {
  const rows = await ex
    .update(invitations)
    .set({ acceptedAt: sql`now()`, userId })
    .where(
      and(
        eq(invitations.id, id),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, sql`now()`),
      ),
    )
    .returning({ id: invitations.id });
  return rows.length > 0;
}

/** Invitations neither accepted, withdrawn nor expired, newest first. */
export async function listPendingInvitationRows(ex: Executor) {
  return ex
    .select(columns)
    .from(invitations)
    .leftJoin(user, eq(user.id, invitations.invitedBy))
    .where(and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, sql`now()`)))
    .orderBy(desc(invitations.createdAt));
}

export async function markInvitationAccepted(ex: Executor, id: string, userId: string): Promise<void> {
  await ex
    .update(invitations)
    .set({ acceptedAt: sql`now()`, userId })
    .where(eq(invitations.id, id));
}

export async function markInvitationRevoked(ex: Executor, id: string): Promise<boolean> {
  const rows = await ex
    .update(invitations)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(invitations.id, id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .returning({ id: invitations.id });
  return rows.length > 0;
}
