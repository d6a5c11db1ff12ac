import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, lt, max, min, notInArray, sql } from "drizzle-orm";
import {
  assessments,
  cycles,
  deadlineExtensions,
  invitations,
  memberStates,
  notifications,
  notificationSettings,
  planActions,
  statusHistory,
  user,
} from "../schema/index";
import { StampedCache } from "@/lib/cache/stamped-cache";
import { getConnection } from "../index";
import { readUntilNextWrite } from "../read-memo";
import type { Executor } from "../transaction";

// ---------------------------------------------------------------- inbox and settings

export interface Recipient {
  id: string;
  name: string;
  email: string;
  /** Null when the person never chose: e-mail on, and the language of their invitation. */
  settings: { email: boolean; locale: string } | null;
  /** The language they were invited in (their accepted invitation's), if any. */
  invitedLocale: string | null;
}

/** A person's address and how they want to hear, or null for an unknown or disabled account. */
export async function findRecipient(ex: Executor, userId: string): Promise<Recipient | null> {
  const [row] = await ex
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      wantsEmail: notificationSettings.email,
      locale: notificationSettings.locale,
      invitedLocale: sql<string | null>`(
        select ${invitations.locale} from ${invitations}
        where ${invitations.userId} = ${user.id} and ${invitations.acceptedAt} is not null
        order by ${invitations.acceptedAt} desc limit 1)`,
    })
    .from(user)
    .leftJoin(notificationSettings, eq(notificationSettings.userId, user.id))
    .where(and(eq(user.id, userId), eq(user.disabled, false)));
  if (!row) return null;
  const settings = row.locale === null ? null : { email: row.wantsEmail ?? true, locale: row.locale };
  return { id: row.id, name: row.name, email: row.email, settings, invitedLocale: row.invitedLocale };
}

/**
 * Writes one inbox row; with a dedupe key, nothing when the person has that key already (the unique index
 * decides, so two transactions at once write one row). Returns the new row's id, or null.
 */
export async function insertNotification(
  ex: Executor,
  row: {
    userId: string;
    kind: string;
    params: Record<string, string | number>;
    link: string;
    dedupeKey: string | null;
    emailed: boolean;
  },
): Promise<number | null> {
  const [inserted] = await ex
    .insert(notifications)
    .values(row)
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
    .returning({ id: notifications.id });
  return inserted?.id ?? null;
}

export interface InboxRow {
  id: number;
  kind: string;
  params: Record<string, string | number>;
  link: string;
  createdAt: Date;
  readAt: Date | null;
}

/** A person's messages, newest first. */
export async function listInboxRows(ex: Executor, userId: string, limit: number): Promise<InboxRow[]> {
  return ex
    .select({
      id: notifications.id,
      kind: notifications.kind,
      params: notifications.params,
      link: notifications.link,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

export async function countUnread(ex: Executor, userId: string): Promise<number> {
  const [row] = await ex
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Unread counts read since the last write (PGlite): every signed-in page's header asks one. */
const unreadCounts = new StampedCache<number>(256);

/** `countUnread` on the process's connection; kept in memory until the next write on PGlite. */
export async function readUnreadCount(userId: string): Promise<number> {
  const connection = await getConnection();
  return readUntilNextWrite(connection, unreadCounts, userId, () => countUnread(connection.db, userId));
}

/** Marks the given messages of this person read (all of them when `ids` is null); returns how many changed. */
export async function markRead(ex: Executor, userId: string, ids: readonly number[] | null): Promise<number> {
  const rows = await ex
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        ids === null ? undefined : inArray(notifications.id, [...ids]),
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

export async function upsertNotificationSettings(
  ex: Executor,
  userId: string,
  settings: { email: boolean; locale: string },
): Promise<void> {
  await ex
    .insert(notificationSettings)
    .values({ userId, ...settings })
    .onConflictDoUpdate({ target: notificationSettings.userId, set: { ...settings, updatedAt: sql`now()` } });
}

// ---------------------------------------------------------------- deadlines

export async function findCycleDeadline(
  ex: Executor,
  cycle: number,
): Promise<{ year: number; status: string; openedAt: Date; deadline: string | null } | null> {
  const [row] = await ex
    .select({
      year: cycles.year,
      status: cycles.status,
      openedAt: cycles.openedAt,
      deadline: cycles.submissionDeadline,
    })
    .from(cycles)
    .where(eq(cycles.year, cycle));
  return row ?? null;
}

/** Open cycles that have a deadline: what the reminder run looks at. */
export async function listOpenCyclesWithDeadline(ex: Executor): Promise<{ year: number; deadline: string }[]> {
  const rows = await ex
    .select({ year: cycles.year, deadline: cycles.submissionDeadline })
    .from(cycles)
    .where(and(eq(cycles.status, "open"), sql`${cycles.submissionDeadline} is not null`));
  return rows.map((r) => ({ year: r.year, deadline: r.deadline! }));
}

export async function updateCycleDeadline(ex: Executor, cycle: number, deadline: string | null): Promise<void> {
  await ex.update(cycles).set({ submissionDeadline: deadline }).where(eq(cycles.year, cycle));
}

export async function findExtension(ex: Executor, cycle: number, iso3: string): Promise<string | null> {
  const [row] = await ex
    .select({ deadline: deadlineExtensions.deadline })
    .from(deadlineExtensions)
    .where(and(eq(deadlineExtensions.cycle, cycle), eq(deadlineExtensions.iso3, iso3)));
  return row?.deadline ?? null;
}

/** Sets a state's own deadline in a cycle, or removes it (null: the cycle's applies again). */
export async function writeExtension(
  ex: Executor,
  cycle: number,
  iso3: string,
  deadline: string | null,
  grantedBy: string,
): Promise<void> {
  if (deadline === null) {
    await ex
      .delete(deadlineExtensions)
      .where(and(eq(deadlineExtensions.cycle, cycle), eq(deadlineExtensions.iso3, iso3)));
    return;
  }
  await ex
    .insert(deadlineExtensions)
    .values({ cycle, iso3, deadline, grantedBy })
    .onConflictDoUpdate({
      target: [deadlineExtensions.cycle, deadlineExtensions.iso3],
      set: { deadline, grantedBy, grantedAt: sql`now()` },
    });
}

// ---------------------------------------------------------------- reminders and the campaign

export interface StateInCycle {
  iso3: string;
  region: string;
  /** "not_started" when the state has no assessment in the cycle. */
  status: string;
  startedAt: Date | null;
  lastActivityAt: Date | null;
  extension: string | null;
}

/** Every Member State with its assessment's status, start, last change and own deadline in the cycle. */
export async function listStatesInCycle(ex: Executor, cycle: number): Promise<StateInCycle[]> {
  const rows = await ex
    .select({
      iso3: memberStates.iso3,
      region: memberStates.region,
      status: assessments.status,
      startedAt: assessments.createdAt,
      lastActivityAt: assessments.updatedAt,
      extension: deadlineExtensions.deadline,
    })
    .from(memberStates)
    .leftJoin(assessments, and(eq(assessments.iso3, memberStates.iso3), eq(assessments.cycle, cycle)))
    .leftJoin(
      deadlineExtensions,
      and(eq(deadlineExtensions.iso3, memberStates.iso3), eq(deadlineExtensions.cycle, cycle)),
    )
    .orderBy(asc(memberStates.iso3));
  return rows.map((r) => ({ ...r, status: r.status ?? "not_started" }));
}

/** When each state first submitted in the cycle (from the status history). */
export async function listFirstSubmissions(ex: Executor, cycle: number): Promise<Map<string, Date>> {
  const rows = await ex
    .select({ iso3: assessments.iso3, at: min(statusHistory.at) })
    .from(statusHistory)
    .innerJoin(assessments, eq(assessments.id, statusHistory.assessmentId))
    .where(and(eq(assessments.cycle, cycle), eq(statusHistory.toStatus, "submitted")))
    .groupBy(assessments.iso3);
  return new Map(rows.flatMap((r) => (r.at ? [[r.iso3, r.at] as const] : [])));
}

/** The latest status change of each state's assessment in the cycle (a submission, a return...). */
export async function listLastStatusChanges(ex: Executor, cycle: number): Promise<Map<string, Date>> {
  const rows = await ex
    .select({ iso3: assessments.iso3, at: max(statusHistory.at) })
    .from(statusHistory)
    .innerJoin(assessments, eq(assessments.id, statusHistory.assessmentId))
    .where(eq(assessments.cycle, cycle))
    .groupBy(assessments.iso3);
  return new Map(rows.flatMap((r) => (r.at ? [[r.iso3, r.at] as const] : [])));
}

/** The enabled focal points of the given states. */
export async function listFocalPointsOf(
  ex: Executor,
  iso3s: readonly string[],
): Promise<{ id: string; iso3: string }[]> {
  if (iso3s.length === 0) return [];
  const rows = await ex
    .select({ id: user.id, iso3: user.memberStateIso3 })
    .from(user)
    .where(and(eq(user.role, "focal_point"), eq(user.disabled, false), inArray(user.memberStateIso3, [...iso3s])))
    .orderBy(asc(user.id));
  return rows.map((r) => ({ id: r.id, iso3: r.iso3! }));
}

/** Plan actions past their target date and neither done nor dropped. */
export async function listOverdueActions(
  ex: Executor,
  today: string,
): Promise<{ id: string; iso3: string; title: string; targetDate: string }[]> {
  return ex
    .select({
      id: planActions.id,
      iso3: planActions.iso3,
      title: planActions.title,
      targetDate: planActions.targetDate,
    })
    .from(planActions)
    .where(and(lt(planActions.targetDate, today), notInArray(planActions.status, ["done", "dropped"])))
    .orderBy(asc(planActions.targetDate), asc(planActions.id));
}
