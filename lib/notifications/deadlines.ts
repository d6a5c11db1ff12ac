/**
 * Submission deadlines and reminder steps. Pure: dates are ISO days (YYYY-MM-DD); a deadline is the last day
 * (UTC) on which a state may submit, so on the deadline day itself 0 days are left and the state is not late.
 */

const DAY_MS = 86_400_000;

/** Today's ISO day in UTC. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Whole days from `now`'s UTC day to the deadline day: 0 on the day, negative once it has passed. */
export function daysLeft(deadline: string, now: Date): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${isoDay(now)}T00:00:00Z`)) / DAY_MS);
}

/** The deadline that applies to one state: its own extension, else the cycle's; null when neither is set. */
export function effectiveDeadline(cycleDeadline: string | null, extension: string | null | undefined): string | null {
  return extension ?? cycleDeadline;
}

export type DeadlineStatus =
  | { kind: "none" }
  | { kind: "due"; days: number; deadline: string }
  | { kind: "today"; deadline: string }
  | { kind: "overdue"; days: number; deadline: string }
  | { kind: "done"; deadline: string | null };

/** What a focal point reads about their deadline: "due in N days", "due today", "overdue by N days". */
export function deadlineStatus(deadline: string | null, submitted: boolean, now: Date): DeadlineStatus {
  if (submitted) return { kind: "done", deadline };
  if (!deadline) return { kind: "none" };
  const days = daysLeft(deadline, now);
  if (days > 0) return { kind: "due", days, deadline };
  if (days === 0) return { kind: "today", deadline };
  return { kind: "overdue", days: -days, deadline };
}

/**
 * Parses the reminder steps (days before the deadline, e.g. "14,7,1"): distinct whole numbers from 0 to 365,
 * largest first. Returns null when the text is not such a list.
 */
export function parseReminderDays(text: string): number[] | null {
  const parts = text.split(",").map((p) => p.trim());
  if (parts.length === 0 || parts.some((p) => !/^\d{1,3}$/.test(p))) return null;
  const days = parts.map(Number);
  if (days.some((d) => d > 365) || new Set(days).size !== days.length) return null;
  return days.sort((a, b) => b - a);
}

/**
 * The reminder step due now for a state with `left` days to its deadline: the smallest step not below `left`
 * (so a run that missed the 14-day step while 6 days are left sends the 7-day one, once). None before the
 * largest step and none once the deadline has passed.
 */
export function dueReminderStep(steps: readonly number[], left: number): number | null {
  if (left < 0) return null;
  const candidates = steps.filter((s) => s >= left);
  return candidates.length === 0 ? null : Math.min(...candidates);
}

/**
 * The key that makes one reminder unique per person: cycle, state, the deadline it counts down to and the step.
 * A new deadline (an extension) starts a new count; the same step of the same deadline is never sent twice.
 */
export function reminderKey(cycle: number, iso3: string, deadline: string, step: number): string {
  return `reminder:${cycle}:${iso3}:${deadline}:${step}`;
}

/** The key of the one message about a plan action that passed its target date (a new date: a new message). */
export function overdueActionKey(actionId: string, targetDate: string): string {
  return `plan-overdue:${actionId}:${targetDate}`;
}
