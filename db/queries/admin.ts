import "server-only";
import { hashPassword } from "better-auth/crypto";
import { and, asc, desc, eq, ilike, or, sql } from "drizzle-orm";
import { containsPattern, selfChangeRefusal, type AccountChange } from "@/lib/admin/accounts";
import type {
  AccountFilter,
  ChangeRoleInput,
  CreateAccountInput,
  ResetPasswordInput,
  SetAccountDisabledInput,
} from "@/lib/admin/accounts.validation";
import { checkCloseCycle, checkOpenNewCycle, checkReopenCycle, type CycleCheck } from "@/lib/admin/cycles";
import type { CycleYearInput } from "@/lib/admin/cycles.validation";
import { regionMoveRefusal } from "@/lib/admin/regions";
import type { MoveMemberStateInput } from "@/lib/admin/regions.validation";
import type { Actor } from "@/lib/assessment/actor";
import type { Role } from "@/lib/assessment/status";
import { insertAccount } from "../accounts";
import { backupTables, type BackupFile } from "../backup";
import { assertRole } from "../authorization";
import type { Database } from "../client";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { getDb } from "../index";
import { account, assessments, cycles, memberStates, session, user } from "../schema/index";
import { clearSignInFailures } from "../sign-in-throttle";

/**
 * The administrators' data: accounts, assessment cycles, Member State regions and
 * questionnaire usage. Every function checks that the actor is an administrator
 * before it reads or writes, so a server action or endpoint cannot forget to.
 */

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
type Executor = Database | Tx;

function assertAdmin(actor: Actor, what: string) {
  assertRole(actor, ["admin"], what);
}

// ---------------------------------------------------------------- accounts

export interface AdminAccount {
  id: string;
  name: string;
  email: string;
  role: Role;
  memberStateIso3: string | null;
  memberStateName: string | null;
  disabled: boolean;
  createdAt: string;
}

const DUPLICATE_EMAIL = "An account with this email already exists";

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
  };
}

type AccountRow = Omit<AdminAccount, "role" | "createdAt"> & { role: string; createdAt: Date };

function toAdminAccount(row: AccountRow): AdminAccount {
  return { ...row, role: row.role as Role, createdAt: row.createdAt.toISOString() };
}

function selectAccounts(db: Executor) {
  return db.select(accountColumns()).from(user).leftJoin(memberStates, eq(memberStates.iso3, user.memberStateIso3));
}

async function findAccount(db: Executor, userId: string): Promise<AdminAccount> {
  const [row] = await selectAccounts(db).where(eq(user.id, userId));
  if (!row) throw new NotFoundError("This account no longer exists. Reload the page.");
  return toAdminAccount(row);
}

function refuseSelfChange(actor: Actor, userId: string, change: AccountChange) {
  const refusal = selfChangeRefusal(actor.userId, userId, change);
  if (refusal) throw new ForbiddenError(refusal);
}

async function assertMemberStateExists(db: Executor, iso3: string | null) {
  if (!iso3) return;
  const [row] = await db.select({ iso3: memberStates.iso3 }).from(memberStates).where(eq(memberStates.iso3, iso3));
  if (!row) {
    throw new ValidationError(`No ITU Member State has the code ${iso3}.`, {
      memberStateIso3: ["Choose a Member State from the list"],
    });
  }
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  return (e?.code ?? e?.cause?.code) === "23505";
}

/** Ends every session of one account at once: better-auth finds no session row and signs the browser out. */
async function endSessions(tx: Tx, userId: string): Promise<number> {
  const ended = await tx.delete(session).where(eq(session.userId, userId)).returning({ id: session.id });
  return ended.length;
}

export interface AccountList {
  accounts: AdminAccount[];
  /** Accounts in the database, whatever the filter. */
  total: number;
}

/** All accounts, newest first, optionally of one role and matching a text in the name or email. */
export async function listAccounts(actor: Actor, filter: AccountFilter): Promise<AccountList> {
  assertAdmin(actor, "list accounts");
  const db = await getDb();
  const pattern = filter.q ? containsPattern(filter.q) : undefined;
  const [rows, [count]] = await Promise.all([
    selectAccounts(db)
      .where(
        and(
          filter.role ? eq(user.role, filter.role) : undefined,
          pattern ? or(ilike(user.name, pattern), ilike(user.email, pattern)) : undefined,
        ),
      )
      .orderBy(desc(user.createdAt), asc(user.email)),
    db.select({ total: sql<number>`count(*)::int` }).from(user),
  ]);
  return { accounts: rows.map(toAdminAccount), total: count?.total ?? 0 };
}

/** A new account with an initial password; a taken email is a field error and nothing is written. */
export async function createAccount(actor: Actor, input: CreateAccountInput): Promise<AdminAccount> {
  assertAdmin(actor, "create accounts");
  const db = await getDb();
  const [taken] = await db.select({ id: user.id }).from(user).where(eq(user.email, input.email));
  if (taken) throw new ValidationError(`${DUPLICATE_EMAIL}.`, { email: [DUPLICATE_EMAIL] });
  await assertMemberStateExists(db, input.memberStateIso3);
  let id: string;
  try {
    // One transaction inside insertAccount: the user and its credential are written together or not at all.
    id = await insertAccount(db, input);
  } catch (error) {
    // Two administrators creating the same email at once: the unique index decides, with the same message.
    if (isUniqueViolation(error)) throw new ValidationError(`${DUPLICATE_EMAIL}.`, { email: [DUPLICATE_EMAIL] });
    throw error;
  }
  return findAccount(db, id);
}

export interface AccountChangeResult {
  account: AdminAccount;
  /** How many signed-in sessions the change ended. */
  sessionsEnded: number;
}

/** Disables an account and ends its sessions in the same transaction, or enables it again. */
export async function setAccountDisabled(actor: Actor, input: SetAccountDisabledInput): Promise<AccountChangeResult> {
  assertAdmin(actor, "disable or enable accounts");
  refuseSelfChange(actor, input.userId, "disable");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(user)
      .set({ disabled: input.disabled, updatedAt: new Date() })
      .where(eq(user.id, input.userId))
      .returning({ id: user.id });
    if (!updated) throw new NotFoundError("This account no longer exists. Reload the page.");
    const sessionsEnded = input.disabled ? await endSessions(tx, input.userId) : 0;
    return { account: await findAccount(tx, input.userId), sessionsEnded };
  });
}

/** A new role, and for a focal point the Member State they answer for (the CHECK holds by the schema's rule). */
export async function changeAccountRole(actor: Actor, input: ChangeRoleInput): Promise<AdminAccount> {
  assertAdmin(actor, "change roles");
  refuseSelfChange(actor, input.userId, "role");
  const db = await getDb();
  return db.transaction(async (tx) => {
    await assertMemberStateExists(tx, input.memberStateIso3);
    const [updated] = await tx
      .update(user)
      .set({
        role: input.role,
        memberStateIso3: input.role === "focal_point" ? input.memberStateIso3 : null,
        updatedAt: new Date(),
      })
      .where(eq(user.id, input.userId))
      .returning({ id: user.id });
    if (!updated) throw new NotFoundError("This account no longer exists. Reload the page.");
    return findAccount(tx, input.userId);
  });
}

/** Sets a new password chosen by the administrator and ends the account's sessions. */
export async function resetAccountPassword(actor: Actor, input: ResetPasswordInput): Promise<AccountChangeResult> {
  assertAdmin(actor, "reset passwords");
  refuseSelfChange(actor, input.userId, "password");
  // Hashing is deliberately slow: do it before the transaction holds any lock.
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const target = await findAccount(tx, input.userId);
    const [credential] = await tx
      .update(account)
      .set({ password: passwordHash, updatedAt: new Date() })
      .where(and(eq(account.userId, input.userId), eq(account.providerId, "credential")))
      .returning({ id: account.id });
    if (!credential) throw new NotFoundError(`${target.email} has no password to reset.`);
    return { account: target, sessionsEnded: await endSessions(tx, input.userId) };
  });
  // A person locked out by failed attempts can sign in with the new password at once.
  await clearSignInFailures(result.account.email);
  return result;
}

// ---------------------------------------------------------------- cycles

export interface AdminCycle {
  year: number;
  status: "open" | "closed";
  openedAt: string;
  closedAt: string | null;
  /** Assessments started in the cycle, whatever their status. */
  assessments: number;
}

/** Every cycle, newest first, with the number of assessments in it. */
export async function listCyclesWithCounts(actor: Actor): Promise<AdminCycle[]> {
  assertAdmin(actor, "manage assessment cycles");
  const db = await getDb();
  const rows = await db
    .select({
      year: cycles.year,
      status: cycles.status,
      openedAt: cycles.openedAt,
      closedAt: cycles.closedAt,
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
    assessments: r.assessments,
  }));
}

function throwUnlessOk(check: CycleCheck) {
  if (check.ok) return;
  if (check.kind === "exists") throw new ValidationError(check.message, { year: [check.message] });
  if (check.kind === "missing") throw new NotFoundError(check.message);
  throw new ConflictError(check.message);
}

/**
 * Runs a change to the cycles with every cycle row locked, so that two
 * administrators cannot open two cycles at once past the one-open-cycle rule.
 */
async function changeCycles<T>(
  check: (current: { year: number; status: "open" | "closed" }[]) => CycleCheck,
  write: (tx: Tx) => Promise<T>,
): Promise<T> {
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const rows = await tx.select({ year: cycles.year, status: cycles.status }).from(cycles).for("update");
      throwUnlessOk(check(rows.map((r) => ({ year: r.year, status: r.status === "open" ? "open" : "closed" }))));
      return write(tx);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("Another administrator changed the cycles just now. Reload.");
    throw error;
  }
}

export async function openNewCycle(actor: Actor, input: CycleYearInput): Promise<{ year: number }> {
  assertAdmin(actor, "open assessment cycles");
  return changeCycles(
    (current) => checkOpenNewCycle(current, input.year),
    async (tx) => {
      await tx.insert(cycles).values({ year: input.year, status: "open", openedAt: new Date() });
      return { year: input.year };
    },
  );
}

/** Closes an open cycle: from then on saveAnswers refuses its answers. */
export async function closeCycle(actor: Actor, input: CycleYearInput): Promise<{ year: number }> {
  assertAdmin(actor, "close assessment cycles");
  return changeCycles(
    (current) => checkCloseCycle(current, input.year),
    async (tx) => {
      await tx.update(cycles).set({ status: "closed", closedAt: new Date() }).where(eq(cycles.year, input.year));
      return { year: input.year };
    },
  );
}

/** Reopens a closed cycle (it keeps the date it was first opened). */
export async function reopenCycle(actor: Actor, input: CycleYearInput): Promise<{ year: number }> {
  assertAdmin(actor, "reopen assessment cycles");
  return changeCycles(
    (current) => checkReopenCycle(current, input.year),
    async (tx) => {
      await tx.update(cycles).set({ status: "open", closedAt: null }).where(eq(cycles.year, input.year));
      return { year: input.year };
    },
  );
}

// ---------------------------------------------------------------- regions and questionnaire versions

export interface RegionMove {
  iso3: string;
  name: string;
  from: string;
  to: string;
}

/** Moves a Member State to another BDT region; every list, filter and average reads the new one. */
export async function moveMemberState(actor: Actor, input: MoveMemberStateInput): Promise<RegionMove> {
  assertAdmin(actor, "change Member State regions");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [state] = await tx
      .select({ name: memberStates.nameEn, region: memberStates.region })
      .from(memberStates)
      .where(eq(memberStates.iso3, input.iso3))
      .for("update");
    if (!state) {
      throw new ValidationError(`No ITU Member State has the code ${input.iso3}.`, {
        iso3: ["Choose a Member State from the list"],
      });
    }
    const refusal = regionMoveRefusal(state.name, state.region, input.region);
    if (refusal) throw new ValidationError(refusal, { region: [refusal] });
    await tx
      .update(memberStates)
      .set({ region: input.region, updatedAt: new Date() })
      .where(eq(memberStates.iso3, input.iso3));
    return { iso3: input.iso3, name: state.name, from: state.region, to: input.region };
  });
}

/** How many assessments were answered under each questionnaire version (framework id). */
export async function countAssessmentsByFramework(actor: Actor): Promise<Record<string, number>> {
  assertAdmin(actor, "see questionnaire versions");
  const db = await getDb();
  const rows = await db
    .select({ frameworkId: assessments.frameworkId, count: sql<number>`count(*)::int` })
    .from(assessments)
    .groupBy(assessments.frameworkId);
  return Object.fromEntries(rows.map((r) => [r.frameworkId, r.count]));
}

// ---------------------------------------------------------------- backups

/**
 * Credentials left out of a downloaded backup: session tokens are bearer secrets, and
 * a restore would bring back sessions that had been ended (a disabled account's).
 * Verification tokens are one-time secrets. After a restore everyone signs in again.
 */
export const LEFT_OUT_OF_DOWNLOADED_BACKUPS = ["session", "verification"] as const;

/** A consistent snapshot of every other table, the same file `npm run db:backup` writes (uncompressed). */
export async function downloadBackup(actor: Actor): Promise<BackupFile> {
  assertAdmin(actor, "download backups");
  return backupTables(await getDb(), { leaveOut: LEFT_OUT_OF_DOWNLOADED_BACKUPS });
}
