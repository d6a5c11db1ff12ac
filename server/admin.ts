import "server-only";
import { hashPassword } from "@/db/password-hash";
import { insertAccount } from "@/db/accounts";
import { backupJsonStream } from "@/db/backup";
import { countAssessmentsByFramework as countByFramework } from "@/db/queries/assessments";
import {
  backupForDownload,
  countAccounts,
  deleteTwoFactor,
  endSessions,
  insertAccountEvent,
  findAccount,
  listAccountEvents,
  insertOpenCycle,
  isEmailTaken,
  listAccountRows,
  listCycleCounts,
  lockCycles,
  lockMemberState,
  markCycleClosed,
  markCycleOpen,
  memberStateExists,
  updateAccountDisabled,
  updateAccountRole,
  updateMemberStateRegion,
  updatePasswordHash,
} from "@/db/queries/admin";
import { clearSignInFailures } from "@/db/sign-in-throttle";
import { getDb, inTransaction, isUniqueViolation, type Executor, type Tx } from "@/db/transaction";
import {
  ACCOUNT_HISTORY_LIMIT,
  isAccountEventKind,
  type AccountEventKind,
  type AccountEventView,
  type AccountHistoryInput,
} from "@/lib/admin/account-events";
import { selfChangeRefusal, type AccountChange } from "@/lib/admin/accounts";
import type {
  AccountFilter,
  ChangeRoleInput,
  CreateAccountInput,
  ResetPasswordInput,
  ResetTwoFactorInput,
  SetAccountDisabledInput,
} from "@/lib/admin/accounts.validation";
import {
  checkCloseCycle,
  checkOpenNewCycle,
  checkReopenCycle,
  type CycleCheck,
  type CycleState,
} from "@/lib/admin/cycles";
import type { CycleYearInput } from "@/lib/admin/cycles.validation";
import { regionMoveRefusal } from "@/lib/admin/regions";
import type { MoveMemberStateInput } from "@/lib/admin/regions.validation";
import type { AccountChangeResult, AccountList, AdminAccount, AdminCycle, RegionMove } from "@/lib/admin/view";
import { actorDisplayName, type Actor } from "@/lib/assessment/actor";
import { AppError, appError, type ErrorCode, type ErrorParams } from "@/lib/errors";
import { assertAdmin } from "./access";

export type { AccountChangeResult, AccountList, AdminAccount, AdminCycle, RegionMove } from "@/lib/admin/view";

/**
 * Administration: accounts, assessment cycles, Member State regions, questionnaire
 * usage and backups. Every function is for administrators only.
 */

/** A refusal that points at one field of the form, so the page marks it in its own language. */
function fieldRefusal(code: ErrorCode, field: string, params: ErrorParams = {}, fieldCode: ErrorCode = code) {
  return new AppError(code, { params, problems: [{ path: [field], message: "", code: fieldCode, params }] });
}

// ---------------------------------------------------------------- accounts

async function requireAccount(ex: Executor, userId: string): Promise<AdminAccount> {
  const found = await findAccount(ex, userId);
  if (!found) throw appError("not_found.account");
  return found;
}

function refuseSelfChange(actor: Actor, userId: string, change: AccountChange) {
  const refusal = selfChangeRefusal(actor.userId, userId, change);
  if (refusal) throw appError(refusal.code, refusal.params);
}

/** Writes what an administrator did to an account in its audit trail, in the change's transaction. */
async function recordAdminEvent(
  tx: Tx,
  actor: Actor,
  target: AdminAccount,
  kind: AccountEventKind,
  detail: string | null = null,
) {
  await insertAccountEvent(tx, {
    userId: target.id,
    userEmail: target.email,
    actorId: actor.userId,
    actorName: actorDisplayName(actor),
    kind,
    detail,
  });
}

async function requireMemberState(ex: Executor, iso3: string | null, field: string) {
  if (iso3 && !(await memberStateExists(ex, iso3)))
    throw fieldRefusal("validation.member_state", field, { iso3 }, "validation.choose_member_state");
}

/** All accounts, newest first, optionally of one role and matching a text in the name or email. */
export async function listAccounts(actor: Actor, filter: AccountFilter): Promise<AccountList> {
  assertAdmin(actor);
  const db = await getDb();
  const [accounts, total] = await Promise.all([listAccountRows(db, filter), countAccounts(db)]);
  return { accounts, total };
}

/** A new account with an initial password; a taken email is a field error and nothing is written. */
export async function createAccount(actor: Actor, input: CreateAccountInput): Promise<AdminAccount> {
  assertAdmin(actor);
  const db = await getDb();
  const duplicate = () => fieldRefusal("validation.duplicate_email", "email");
  if (await isEmailTaken(db, input.email)) throw duplicate();
  await requireMemberState(db, input.memberStateIso3, "memberStateIso3");
  let id: string;
  try {
    // One transaction inside insertAccount: the user and its credential are written together or not at all.
    id = await insertAccount(db, input);
  } catch (error) {
    // Two administrators creating the same email at once: the unique index decides, with the same refusal.
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
  return requireAccount(db, id);
}

/** Disables an account and ends its sessions in the same transaction, or enables it again. */
export async function setAccountDisabled(actor: Actor, input: SetAccountDisabledInput): Promise<AccountChangeResult> {
  assertAdmin(actor);
  refuseSelfChange(actor, input.userId, "disable");
  return inTransaction(async (tx) => {
    if (!(await updateAccountDisabled(tx, input.userId, input.disabled))) throw appError("not_found.account");
    const sessionsEnded = input.disabled ? await endSessions(tx, input.userId) : 0;
    const account = await requireAccount(tx, input.userId);
    await recordAdminEvent(tx, actor, account, input.disabled ? "account_disabled" : "account_enabled");
    return { account, sessionsEnded };
  });
}

/** A new role, and for a focal point the Member State they answer for (the CHECK holds by the schema's rule). */
export async function changeAccountRole(actor: Actor, input: ChangeRoleInput): Promise<AdminAccount> {
  assertAdmin(actor);
  refuseSelfChange(actor, input.userId, "role");
  return inTransaction(async (tx) => {
    await requireMemberState(tx, input.memberStateIso3, "memberStateIso3");
    if (!(await updateAccountRole(tx, input.userId, input.role, input.memberStateIso3)))
      throw appError("not_found.account");
    const account = await requireAccount(tx, input.userId);
    await recordAdminEvent(tx, actor, account, "role_changed", roleDetail(account));
    return account;
  });
}

/** Sets a new password chosen by the administrator and ends the account's sessions. */
export async function resetAccountPassword(actor: Actor, input: ResetPasswordInput): Promise<AccountChangeResult> {
  assertAdmin(actor);
  refuseSelfChange(actor, input.userId, "password");
  // Hashing is deliberately slow: do it before the transaction holds any lock.
  const passwordHash = await hashPassword(input.password);
  const result = await inTransaction(async (tx) => {
    const target = await requireAccount(tx, input.userId);
    if (!(await updatePasswordHash(tx, input.userId, passwordHash)))
      throw appError("not_found.password", { email: target.email });
    await recordAdminEvent(tx, actor, target, "password_reset");
    return { account: target, sessionsEnded: await endSessions(tx, input.userId) };
  });
  // A person locked out by failed attempts can sign in with the new password at once.
  await clearSignInFailures(result.account.email);
  return result;
}

/**
 * Removes an account's lost second factor, ends its sessions and writes the change in the accounts' audit
 * trail: at its next sign-in (password only) the account is sent to enrolment again.
 */
export async function resetAccountTwoFactor(actor: Actor, input: ResetTwoFactorInput): Promise<AccountChangeResult> {
  assertAdmin(actor);
  refuseSelfChange(actor, input.userId, "two_factor");
  return inTransaction(async (tx) => {
    const target = await requireAccount(tx, input.userId);
    if (!(await deleteTwoFactor(tx, input.userId))) throw appError("not_found.two_factor", { email: target.email });
    await recordAdminEvent(tx, actor, target, "two_factor_reset");
    const sessionsEnded = await endSessions(tx, input.userId);
    return { account: await requireAccount(tx, input.userId), sessionsEnded };
  });
}

/** The role (and state) an account has now, as its history records a change: "focal_point KEN". */
function roleDetail(account: AdminAccount): string {
  return account.memberStateIso3 ? `${account.role} ${account.memberStateIso3}` : account.role;
}

/**
 * An account's history, newest first: failed sign-ins (with the client's address), what administrators did
 * to it, the API tokens its owner created and revoked.
 */
export async function listAccountHistory(actor: Actor, input: AccountHistoryInput): Promise<AccountEventView[]> {
  assertAdmin(actor);
  const db = await getDb();
  await requireAccount(db, input.userId);
  const rows = await listAccountEvents(db, input.userId, ACCOUNT_HISTORY_LIMIT);
  return rows.flatMap((r) =>
    isAccountEventKind(r.kind)
      ? [{ id: r.id, kind: r.kind, at: r.at.toISOString(), actorName: r.actorName, detail: r.detail }]
      : [],
  );
}

// ---------------------------------------------------------------- cycles

/** Every cycle, newest first, with the number of assessments in it. */
export async function listCyclesWithCounts(actor: Actor): Promise<AdminCycle[]> {
  assertAdmin(actor);
  return listCycleCounts(await getDb());
}

function throwUnlessOk(check: CycleCheck) {
  if (check.ok) return;
  // A year that has a cycle already is the form's field at fault; the other refusals concern the list.
  if (check.code === "validation.cycle_exists") throw fieldRefusal(check.code, "year", check.params);
  throw appError(check.code, check.params);
}

/**
 * Runs a change to the cycles with every cycle row locked, so that two
 * administrators cannot open two cycles at once past the one-open-cycle rule.
 */
async function changeCycles(
  actor: Actor,
  year: number,
  check: (current: CycleState[], year: number) => CycleCheck,
  write: (tx: Tx, year: number) => Promise<void>,
): Promise<{ year: number }> {
  assertAdmin(actor);
  try {
    return await inTransaction(async (tx) => {
      throwUnlessOk(check(await lockCycles(tx), year));
      await write(tx, year);
      return { year };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw appError("conflict.cycles_changed");
    throw error;
  }
}

/** Opens the cycle of a new year, once every other cycle is closed. */
export function openNewCycle(actor: Actor, input: CycleYearInput): Promise<{ year: number }> {
  return changeCycles(actor, input.year, checkOpenNewCycle, insertOpenCycle);
}

/** Closes an open cycle: from then on saveAnswers refuses its answers. */
export function closeCycle(actor: Actor, input: CycleYearInput): Promise<{ year: number }> {
  return changeCycles(actor, input.year, checkCloseCycle, markCycleClosed);
}

/** Reopens a closed cycle (it keeps the date it was first opened), once every other cycle is closed. */
export function reopenCycle(actor: Actor, input: CycleYearInput): Promise<{ year: number }> {
  return changeCycles(actor, input.year, checkReopenCycle, markCycleOpen);
}

// ---------------------------------------------------------------- regions and questionnaire versions

/** Moves a Member State to another BDT region; every list, filter and average reads the new one. */
export async function moveMemberState(actor: Actor, input: MoveMemberStateInput): Promise<RegionMove> {
  assertAdmin(actor);
  return inTransaction(async (tx) => {
    const state = await lockMemberState(tx, input.iso3);
    if (!state)
      throw fieldRefusal("validation.member_state", "iso3", { iso3: input.iso3 }, "validation.choose_member_state");
    const refusal = regionMoveRefusal(state.name, state.region, input.region);
    if (refusal) throw fieldRefusal(refusal.code, "region", refusal.params);
    await updateMemberStateRegion(tx, input.iso3, input.region);
    return { iso3: input.iso3, name: state.name, from: state.region, to: input.region };
  });
}

/** How many assessments were answered under each questionnaire version (framework id). */
export async function countAssessmentsByFramework(actor: Actor): Promise<Record<string, number>> {
  assertAdmin(actor);
  return countByFramework(await getDb());
}

// ---------------------------------------------------------------- backups

/**
 * A consistent snapshot of the database without its session credentials, as the JSON
 * text `npm run db:restore` reads. It is kept compressed and uncompressed as it is
 * sent, so that a large database never sits in the server's memory as text or objects.
 */
export async function downloadBackup(actor: Actor): Promise<{ createdAt: Date; json: ReadableStream<Uint8Array> }> {
  assertAdmin(actor);
  const createdAt = new Date();
  const gzipped = await backupForDownload(await getDb(), createdAt);
  return { createdAt, json: backupJsonStream(gzipped) };
}
