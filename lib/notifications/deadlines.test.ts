import { describe, expect, it } from "vitest";
import {
  daysLeft,
  deadlineStatus,
  dueReminderStep,
  effectiveDeadline,
  overdueActionKey,
  parseReminderDays,
  reminderKey,
} from "./deadlines";

const at = (iso: string) => new Date(iso);

describe("daysLeft", () => {
  it("counts UTC days, whatever the hour", () => {
    expect(daysLeft("2026-03-31", at("2026-03-17T00:00:00Z"))).toBe(14);
    expect(daysLeft("2026-03-31", at("2026-03-17T23:59:59Z"))).toBe(14);
    expect(daysLeft("2026-03-31", at("2026-03-31T12:00:00Z"))).toBe(0);
    expect(daysLeft("2026-03-31", at("2026-04-02T01:00:00Z"))).toBe(-2);
  });
});

describe("deadlineStatus", () => {
  const now = at("2026-03-20T10:00:00Z");
  it("reads due, today, overdue, none and done", () => {
    expect(deadlineStatus("2026-03-25", false, now)).toEqual({ kind: "due", days: 5, deadline: "2026-03-25" });
    expect(deadlineStatus("2026-03-20", false, now)).toEqual({ kind: "today", deadline: "2026-03-20" });
    expect(deadlineStatus("2026-03-17", false, now)).toEqual({ kind: "overdue", days: 3, deadline: "2026-03-17" });
    expect(deadlineStatus(null, false, now)).toEqual({ kind: "none" });
    expect(deadlineStatus("2026-03-17", true, now)).toEqual({ kind: "done", deadline: "2026-03-17" });
  });
  it("prefers a state's extension to the cycle's deadline", () => {
    expect(effectiveDeadline("2026-03-01", "2026-04-01")).toBe("2026-04-01");
    expect(effectiveDeadline("2026-03-01", null)).toBe("2026-03-01");
    expect(effectiveDeadline(null, undefined)).toBeNull();
  });
});

describe("parseReminderDays", () => {
  it("reads a list, largest first", () => {
    expect(parseReminderDays("14,7,1")).toEqual([14, 7, 1]);
    expect(parseReminderDays(" 1, 30 ,7")).toEqual([30, 7, 1]);
    expect(parseReminderDays("0")).toEqual([0]);
  });
  it("refuses what is not a list of distinct whole days", () => {
    for (const bad of ["", "14,,7", "7,7", "-1", "1.5", "400", "a,b"]) expect(parseReminderDays(bad)).toBeNull();
  });
});

describe("dueReminderStep", () => {
  const steps = [14, 7, 1];
  it("is the smallest step at or above the days left", () => {
    expect(dueReminderStep(steps, 20)).toBeNull();
    expect(dueReminderStep(steps, 15)).toBeNull();
    expect(dueReminderStep(steps, 14)).toBe(14);
    expect(dueReminderStep(steps, 8)).toBe(14);
    expect(dueReminderStep(steps, 7)).toBe(7);
    expect(dueReminderStep(steps, 6)).toBe(7);
    expect(dueReminderStep(steps, 1)).toBe(1);
    expect(dueReminderStep(steps, 0)).toBe(1);
  });
  it("sends nothing once the deadline has passed", () => {
    expect(dueReminderStep(steps, -1)).toBeNull();
  });
});

describe("keys", () => {
  it("differ by step, state, cycle and deadline, and repeat for the same reminder", () => {
    const key = reminderKey(2026, "KEN", "2026-03-31", 7);
    expect(key).toBe(reminderKey(2026, "KEN", "2026-03-31", 7));
    expect(
      new Set([
        key,
        reminderKey(2026, "KEN", "2026-03-31", 1),
        reminderKey(2026, "GHA", "2026-03-31", 7),
        reminderKey(2025, "KEN", "2026-03-31", 7),
        reminderKey(2026, "KEN", "2026-04-30", 7),
      ]).size,
    ).toBe(5);
    expect(overdueActionKey("a", "2026-01-01")).not.toBe(overdueActionKey("a", "2026-02-01"));
  });
});
