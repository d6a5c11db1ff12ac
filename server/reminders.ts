import "server-only";
import { serverEnv } from "@/db/env";
import { memberStateExists } from "@/db/queries/admin";
import {
  findCycleDeadline,
  findExtension,
  listFirstSubmissions,
  listFocalPointsOf,
  listLastStatusChanges,
  listOpenCyclesWithDeadline,
  listOverdueActions,
  listStatesInCycle,
  updateCycleDeadline,
  writeExtension,
  type StateInCycle,
} from "@/db/queries/notifications";
import { getDb, inTransaction, type Executor } from "@/db/transaction";
import type { Actor } from "@/lib/assessment/actor";
import { appError } from "@/lib/errors";
import {
  campaignRates,
  isSubmitted,
  statesPastDeadline,
  submissionRateSeries,
  type LateState,
  type RatePoint,
  type RegionRates,
} from "@/lib/notifications/campaign";
import {
  daysLeft,
  deadlineStatus,
  dueReminderStep,
  effectiveDeadline,
  isoDay,
  overdueActionKey,
  reminderKey,
  type DeadlineStatus,
} from "@/lib/notifications/deadlines";
import type { ReminderRequest } from "@/lib/notifications/notifications.validation";
import { REGION_IDS } from "@/lib/reference/types";
import { assertAdmin, assertBdt, assertCanReadAssessment } from "./access";
import { wakeMailSender } from "./mail-sender";
import { notify, type NotifyMessage } from "./notifications";

/**
 * Deadlines, reminders and the campaign view. A cycle has a submission deadline (administrators); BDT may give
 * a state its own (an extension). The reminder run tells each focal point of each state that has not submitted
 * once per reminder step (REMINDER_DAYS), and once about each plan action past its target date; BDT can send
 * a reminder at any time from the campaign view.
 */

async function requireCycle(ex: Executor, cycle: number) {
  const row = await findCycleDeadline(ex, cycle);
  if (!row) throw appError("not_found.cycle", { cycle });
  return row;
}

/** Sets (or removes, with null) a cycle's submission deadline. Administrators only. */
export async function setCycleDeadline(
  actor: Actor,
  cycle: number,
  deadline: string | null,
): Promise<{ cycle: number; deadline: string | null }> {
  assertAdmin(actor);
  return inTransaction(async (tx) => {
    await requireCycle(tx, cycle);
    await updateCycleDeadline(tx, cycle, deadline);
    return { cycle, deadline };
  });
}

/** Gives a state its own deadline in a cycle (an extension), or removes it with null. BDT only. */
export async function setStateDeadline(
  actor: Actor,
  cycle: number,
  iso3: string,
  deadline: string | null,
): Promise<{ cycle: number; iso3: string; deadline: string | null; effective: string | null }> {
  assertBdt(actor);
  return inTransaction(async (tx) => {
    const row = await requireCycle(tx, cycle);
    if (!(await memberStateExists(tx, iso3))) throw appError("not_found.member_state", { iso3 });
    await writeExtension(tx, cycle, iso3, deadline, actor.userId);
    return { cycle, iso3, deadline, effective: effectiveDeadline(row.deadline, deadline) };
  });
}

export interface StateDeadline {
  cycle: number;
  /** The cycle's deadline, and the state's own when BDT gave one. */
  cycleDeadline: string | null;
  extension: string | null;
  status: DeadlineStatus;
}

/** A state's deadline in a cycle and where it stands: for its focal points and for BDT. */
export async function getStateDeadline(
  actor: Actor,
  iso3: string,
  cycle: number,
  assessmentStatus: string,
  now = new Date(),
): Promise<StateDeadline> {
  // A deadline is no secret: BDT reads any state's, a focal point their own state's.
  assertCanReadAssessment(actor, iso3, "not_started");
  const db = await getDb();
  const row = await requireCycle(db, cycle);
  const extension = await findExtension(db, cycle, iso3);
  return {
    cycle,
    cycleDeadline: row.deadline,
    extension,
    status: deadlineStatus(effectiveDeadline(row.deadline, extension), isSubmitted(assessmentStatus), now),
  };
}

// ---------------------------------------------------------------- the reminder run

export interface ReminderRunResult {
  /** Messages written (inbox rows); a second run on the same day writes none. */
  reminders: number;
  overdueActions: number;
}

/** One transaction per person: a failure leaves the others' messages written, and none half-written. */
async function notifyFocalPoints(states: readonly string[], message: (iso3: string) => NotifyMessage): Promise<number> {
  let written = 0;
  for (const person of await listFocalPointsOf(await getDb(), states)) {
    const result = await inTransaction((tx) => notify(tx, { ...message(person.iso3), userId: person.id }));
    if (result.written) written++;
  }
  return written;
}

/**
 * The reminder run (every REMINDER_INTERVAL_MINUTES on every app server, and callable from tests): for each
 * open cycle with a deadline, each focal point of each state that has not submitted gets the reminder step due
 * now (lib/notifications/deadlines.ts `dueReminderStep`), once: the dedupe key (cycle, state, deadline, step)
 * is unique per person in the database, so a second run, or a run on another server at the same moment, writes
 * nothing. Plan actions past their target date get one message per target date.
 */
export async function runReminders(
  now = new Date(),
  steps: readonly number[] = serverEnv().reminderDays,
): Promise<ReminderRunResult> {
  const db = await getDb();
  let reminders = 0;
  for (const cycle of await listOpenCyclesWithDeadline(db)) {
    const states = await listStatesInCycle(db, cycle.year);
    const due = new Map<string, { deadline: string; step: number; days: number }>();
    for (const s of states) {
      if (isSubmitted(s.status)) continue;
      const deadline = effectiveDeadline(cycle.deadline, s.extension)!;
      const days = daysLeft(deadline, now);
      const step = dueReminderStep(steps, days);
      if (step !== null) due.set(s.iso3, { deadline, step, days });
    }
    reminders += await notifyFocalPoints([...due.keys()], (iso3) => {
      const { deadline, step, days } = due.get(iso3)!;
      return {
        kind: "deadline_reminder",
        params: { cycle: cycle.year, iso3, deadline, days },
        dedupeKey: reminderKey(cycle.year, iso3, deadline, step),
      };
    });
  }
  let overdueActions = 0;
  for (const action of await listOverdueActions(db, isoDay(now))) {
    overdueActions += await notifyFocalPoints([action.iso3], (iso3) => ({
      kind: "plan_action_overdue",
      params: { iso3, title: action.title, targetDate: action.targetDate },
      dedupeKey: overdueActionKey(action.id, action.targetDate),
    }));
  }
  if (reminders + overdueActions > 0) wakeMailSender();
  return { reminders, overdueActions };
}

/**
 * The reminder run, now, for an administrator (what the loop does every REMINDER_INTERVAL_MINUTES): what is
 * due is sent once; anything sent already is not sent again.
 */
export async function runRemindersNow(actor: Actor): Promise<ReminderRunResult> {
  assertAdmin(actor);
  return runReminders();
}

/**
 * "Send a reminder now" from the campaign view: every focal point of the chosen state, or of the states of a
 * region, or of every state, that has not submitted, gets a reminder (or, past its deadline, an overdue notice)
 * now, whatever the reminder steps. BDT only; the cycle must be open and have a deadline.
 */
export async function sendRemindersNow(
  actor: Actor,
  cycle: number,
  input: ReminderRequest,
  context: { origin?: string; now?: Date } = {},
): Promise<{ queued: number; states: number }> {
  assertBdt(actor);
  const db = await getDb();
  const row = await requireCycle(db, cycle);
  if (row.status !== "open") throw appError("conflict.cycle_closed", { cycle });
  if (!row.deadline) throw appError("conflict.no_deadline", { cycle });
  if (input.iso3 && !(await memberStateExists(db, input.iso3)))
    throw appError("not_found.member_state", { iso3: input.iso3 });
  const now = context.now ?? new Date();
  const targets = new Map<string, string>(
    (await listStatesInCycle(db, cycle))
      .filter((s) => !isSubmitted(s.status))
      .filter((s) => (input.iso3 ? s.iso3 === input.iso3 : input.region ? s.region === input.region : true))
      .map((s) => [s.iso3, effectiveDeadline(row.deadline, s.extension)!]),
  );
  const queued = await notifyFocalPoints([...targets.keys()], (iso3) => {
    const deadline = targets.get(iso3)!;
    const days = daysLeft(deadline, now);
    return days < 0
      ? { kind: "deadline_passed", params: { cycle, iso3, deadline }, origin: context.origin }
      : { kind: "deadline_reminder", params: { cycle, iso3, deadline, days }, origin: context.origin };
  });
  wakeMailSender();
  return { queued, states: targets.size };
}

// ---------------------------------------------------------------- the campaign view

export interface CampaignState {
  iso3: string;
  region: string;
  status: string;
  deadline: string | null;
  extension: string | null;
  lastActivityAt: string | null;
}

export interface Campaign {
  cycle: number;
  open: boolean;
  deadline: string | null;
  regions: RegionRates[];
  total: RegionRates;
  series: RatePoint[];
  late: LateState[];
  states: CampaignState[];
}

function lastActivity(s: StateInCycle, lastChange: Date | undefined): Date | null {
  const times = [s.lastActivityAt, lastChange ?? null].filter((d): d is Date => d !== null);
  return times.length === 0 ? null : new Date(Math.max(...times.map((d) => d.getTime())));
}

/** Response and submission rates by region (now and over time), states past deadline, last activity. BDT only. */
export async function getCampaign(actor: Actor, cycle: number, now = new Date()): Promise<Campaign> {
  assertBdt(actor);
  const db = await getDb();
  const row = await requireCycle(db, cycle);
  const [states, firstSubmissions, lastChanges] = await Promise.all([
    listStatesInCycle(db, cycle),
    listFirstSubmissions(db, cycle),
    listLastStatusChanges(db, cycle),
  ]);
  const rows = states.map((s) => ({
    ...s,
    firstSubmittedAt: firstSubmissions.get(s.iso3) ?? null,
    lastActivityAt: lastActivity(s, lastChanges.get(s.iso3)),
  }));
  const { regions, total } = campaignRates(rows, REGION_IDS);
  const end = row.status === "open" ? now : new Date(Math.max(row.openedAt.getTime(), now.getTime()));
  return {
    cycle,
    open: row.status === "open",
    deadline: row.deadline,
    regions,
    total,
    series: submissionRateSeries(rows, REGION_IDS, row.openedAt, end),
    late: statesPastDeadline(rows, row.deadline, now),
    states: rows.map((r) => ({
      iso3: r.iso3,
      region: r.region,
      status: r.status,
      deadline: effectiveDeadline(row.deadline, r.extension),
      extension: r.extension,
      lastActivityAt: r.lastActivityAt?.toISOString() ?? null,
    })),
  };
}

// ---------------------------------------------------------------- the loop

interface ReminderLoop {
  timer: NodeJS.Timeout;
}
const globalForReminders = globalThis as typeof globalThis & { __res45Reminders?: ReminderLoop };

/**
 * Starts this process's reminder runs (once per process; every app server may run them: the dedupe keys keep
 * each reminder single). The first run comes a minute after start. Returns false when REMINDER_INTERVAL_MINUTES
 * is 0.
 */
export function startReminders(): boolean {
  const { reminderIntervalMinutes } = serverEnv();
  if (reminderIntervalMinutes === 0) return false;
  if (globalForReminders.__res45Reminders) return true;
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    runReminders()
      .catch((error: unknown) => console.error("Reminders:", error))
      .finally(() => {
        running = false;
      });
  };
  setTimeout(run, 60_000).unref();
  const timer = setInterval(run, reminderIntervalMinutes * 60_000);
  timer.unref();
  globalForReminders.__res45Reminders = { timer };
  return true;
}
