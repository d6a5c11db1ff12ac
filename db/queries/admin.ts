import "server-only";
import type { AccountEventKind } from "@/lib/admin/account-events";
import { and, asc, desc, eq, ilike, or, sql } from "drizzle-orm";
import { containsPattern } from "@/lib/admin/accounts";
import type { AccountFilter } from "@/lib/admin/accounts.validation";
import type { CycleState } from "@/lib/admin/cycles";
import type { AdminAccount, AdminCycle } from "@/lib/admin/view";
import { isStateRole, type Role } from "@/lib/assessment/status";
import { createBackup } from "../backup";
import type { Database } from "../client";
import {
  account,
  accountEvents,
  assessments,
  cycles,
  memberStates,
  session,
  signInAttempts,
  twoFactor,
  user,
} from "../schema/index";
import type { Executor, Tx } from "../transaction";

/**
 * The administrators' data: accounts, assessment cycles, Member State regions,
 * questionnaire usage and backups. Data access only: who may call these, and what
 * a missing row means, is decided by server/admin.ts.
 */

// ---------------------------------------------------------------- accounts

function accountColumns() {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    memberStateIso3: user.memberStateIso3,
    memberStateName: memberStates.nameEn,
    disabled: user.disabled,
    createdAt: user.createdAt,
    failedSignIns: sql<number>`coalesce(${signInAttempts.failures}, 0)::int`,
    signInBlockedUntil: signInAttempts.blockedUntil,
    twoFactorEnabled: user.twoFactorEnabled,
  };
}

type AccountRow = Omit<AdminAccount, "role" | "createdAt" | "signInBlockedUntil"> & {
  role: string;
  createdAt: Date;
  signInBlockedUntil: Date | null;
};

function toAdminAccount(row: AccountRow): AdminAccount {
  const blocked =
    row.signInBlockedUntil && row.signInBlockedUntil.getTime() > Date.now() ? row.signInBlockedUntil : null;
  return {
    ...row,
    role: row.role as Role,
    createdAt: row.createdAt.toISOString(),
    failedSignIns: Number(row.failedSignIns),
    signInBlockedUntil: blocked?.toISOString() ?? null,
  };
}

function selectAccounts(ex: Executor) {
  return (
    ex
      .select(accountColumns())
      .from(user)
      .leftJoin(memberStates, eq(memberStates.iso3, user.memberStateIso3))
      // The throttle's per-account key (db/sign-in-throttle.ts), emails being stored lower-case.
      .leftJoin(signInAttempts, eq(signInAttempts.key, sql`'account:' || lower(${user.email})`))
  );
}

export async function findAccount(ex: Executor, userId: string): Promise<AdminAccount | undefined> {
  const [row] = await selectAccounts(ex).where(eq(user.id, userId));
  return row && toAdminAccount(row);
}

/** Accounts, newest first, optionally of one role and matching a text in the name or email. */
export async function listAccountRows(ex: Executor, filter: AccountFilter): Promise<AdminAccount[]> {
  const pattern = filter.q ? containsPattern(filter.q) : undefined;
  const rows = await selectAccounts(ex)
    .where(
      and(
        filter.role ? eq(user.role, filter.role) : undefined,
        pattern ? or(ilike(user.name, pattern), ilike(user.email, pattern)) : undefined,
      ),
    )
    .orderBy(desc(user.createdAt), asc(user.email));
  return rows.map(toAdminAccount);
}

export async function countAccounts(ex: Executor): Promise<number> {
  const [row] = await ex.select({ total: sql<number>`count(*)::int` }).from(user);
  return row?.total ?? 0;
}

export async function isEmailTaken(ex: Executor, email: string): Promise<boolean> {
  const [row] = await ex.select({ id: user.id }).from(user).where(eq(user.email, email));
  return Boolean(row);
}

/** Removes an account that was just made (its credentials and sessions go with it); for undoing a sign-up. */
export async function deleteNewAccount(ex: Executor, userId: string): Promise<void> {
  await ex.delete(user).where(eq(user.id, userId));
}

export async function memberStateExists(ex: Executor, iso3: string): Promise<boolean> {
  const [row] = await ex.select({ iso3: memberStates.iso3 }).from(memberStates).where(eq(memberStates.iso3, iso3));
  return Boolean(row);
}

/** Sets whether the account may sign in; false when there is no such account. */
export async function updateAccountDisabled(tx: Tx, userId: string, disabled: boolean): Promise<boolean> {
  const [updated] = await tx
    .update(user)
    .set({ disabled, updatedAt: new Date() })
    .where(eq(user.id, userId))
    .returning({ id: user.id });
  return Boolean(updated);
}

/** A new role, and the Member State a focal point answers for (none for other roles); false when there is no such account. */
export async function updateAccountRole(
  tx: Tx,
  userId: string,
  role: Role,
  memberStateIso3: string | null,
): Promise<boolean> {
  const [updated] = await tx
    .update(user)
    .set({ role, memberStateIso3: isStateRole(role) ? memberStateIso3 : null, updatedAt: new Date() })
    .where(eq(user.id, userId))
    .returning({ id: user.id });
  return Boolean(updated);
}

/** Replaces the hash of the account's email-and-password credential; false when it has none. */
export async function updatePasswordHash(tx: Tx, userId: string, passwordHash: string): Promise<boolean> {
  const [credential] = await tx
    .update(account)
    .set({ password: passwordHash, updatedAt: new Date() })
    .where(and(eq(account.userId, userId), eq(account.providerId, "credential")))
    .returning({ id: account.id });
  return Boolean(credential);
}

/** Ends every session of one account at once: better-auth finds no session row and signs the browser out. */
/**
 * Removes the account's second factor (secret, backup codes, failure count): it enrols again at its next
 * sign-in. False when it had none.
 */
export async function deleteTwoFactor(tx: Tx, userId: string): Promise<boolean> {
  const removed = await tx.delete(twoFactor).where(eq(twoFactor.userId, userId)).returning({ id: twoFactor.id });
  const updated = await tx
    .update(user)
    .set({ twoFactorEnabled: false, updatedAt: new Date() })
    .where(and(eq(user.id, userId), eq(user.twoFactorEnabled, true)))
    .returning({ id: user.id });
  return removed.length > 0 || updated.length > 0;
}

/** One line of the accounts' audit trail (append-only). */
export async function insertAccountEvent(
  ex: Executor,
  event: {
    userId: string;
    userEmail: string;
    actorId: string | null;
    actorName: string;
    kind: AccountEventKind;
    detail?: string | null;
  },
): Promise<void> {
  await ex.insert(accountEvents).values(event);
}

/** The audit trail of one account, oldest first (all of it), or its `limit` newest events, newest first. */
export async function listAccountEvents(ex: Executor, userId: string, limit?: number) {
  const query = ex.select().from(accountEvents).where(eq(accountEvents.userId, userId));
  return limit === undefined
    ? query.orderBy(asc(accountEvents.id))
    : query.orderBy(desc(accountEvents.id)).limit(limit);
}

export async function endSessions(tx: Tx, userId: string): Promise<number> {
  const ended = await tx.delete(session).where(eq(session.userId, userId)).returning({ id: session.id });
  return ended.length;
}

// ---------------------------------------------------------------- cycles

/** Every cycle, newest first, with the number of assessments in it. */
export async function listCycleCounts(ex: Executor): Promise<AdminCycle[]> {
  const rows = await ex
    .select({
      year: cycles.year,
      status: cycles.status,
      openedAt: cycles.openedAt,
      closedAt: cycles.closedAt,
      deadline: cycles.submissionDeadline,
      assessments: sql<number>`count(${assessments.id})::int`,
    })
    .from(cycles)
    .leftJoin(assessments, eq(assessments.cycle, cycles.year))
    .groupBy(cycles.year)
    .orderBy(desc(cycles.year));
  return rows.map((r) => ({
    year: r.year,
    status: r.status === "open" ? "open" : "closed",
    openedAt: r.openedAt.toISOString(),
    closedAt: r.closedAt?.toISOString() ?? null,
    deadline: r.deadline,
    assessments: r.assessments,
  }));
}

/** Every cycle, locked until the transaction ends, so two changes to the cycles run one after the other. */
export async function lockCycles(tx: Tx): Promise<CycleState[]> {
  const rows = await tx.select({ year: cycles.year, status: cycles.status }).from(cycles).for("update");
  return rows.map((r) => ({ year: r.year, status: r.status === "open" ? "open" : "closed" }));
}

export async function insertOpenCycle(tx: Tx, year: number): Promise<void> {
  await tx.insert(cycles).values({ year, status: "open", openedAt: new Date() });
}

export async function markCycleClosed(tx: Tx, year: number): Promise<void> {
  await tx.update(cycles).set({ status: "closed", closedAt: new Date() }).where(eq(cycles.year, year));
}

/** Opens a closed cycle again; it keeps the date it was first opened. */
export async function markCycleOpen(tx: Tx, year: number): Promise<void> {
  await tx.update(cycles).set({ status: "open", closedAt: null }).where(eq(cycles.year, year));
}

// ---------------------------------------------------------------- regions and questionnaire versions

/** A Member State's English name and region, locked until the transaction ends. */
export async function lockMemberState(tx: Tx, iso3: string): Promise<{ name: string; region: string } | undefined> {
  const [state] = await tx
    .select({ name: memberStates.nameEn, region: memberStates.region })
    .from(memberStates)
    .where(eq(memberStates.iso3, iso3))
    .for("update");
  return state;
}

export async function updateMemberStateRegion(tx: Tx, iso3: string, region: string): Promise<void> {
  await tx.update(memberStates).set({ region, updatedAt: new Date() }).where(eq(memberStates.iso3, iso3));
}

// ---------------------------------------------------------------- backups

/**
 * Credentials left out of a downloaded backup: session tokens are bearer secrets, and
 * a restore would bring back sessions that had been ended (a disabled account's).
 * Verification tokens are one-time secrets. After a restore everyone signs in again.
 */
export const LEFT_OUT_OF_DOWNLOADED_BACKUPS = ["session", "verification"] as const;

/** A consistent snapshot of every other table, compressed: the file `npm run db:backup` writes. */
export function backupForDownload(db: Database, createdAt: Date): Promise<Buffer> {
  return createBackup(db, { leaveOut: LEFT_OUT_OF_DOWNLOADED_BACKUPS, createdAt });
}
