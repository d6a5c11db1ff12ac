import { describe, expect, it } from "vitest";
import {
  deadlineRequestSchema,
  markReadSchema,
  notificationSettingsSchema,
  reminderFormSchema,
  reminderRequestSchema,
} from "./notifications.validation";

const codeOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe("the request schemas", () => {
  it("take a calendar day or null as a deadline", () => {
    expect(deadlineRequestSchema.safeParse({ deadline: "2031-03-31" }).success).toBe(true);
    expect(deadlineRequestSchema.safeParse({ deadline: null }).success).toBe(true);
    for (const bad of ["2031-02-30", "31/03/2031", "1999-12-31", 20310331])
      expect(codeOf(deadlineRequestSchema.safeParse({ deadline: bad })), String(bad)).toBe("validation.deadline_date");
  });

  it("remind one state, one region or everyone, never a state and a region at once", () => {
    expect(reminderRequestSchema.safeParse({}).success).toBe(true);
    expect(reminderRequestSchema.safeParse({ iso3: "KEN" }).success).toBe(true);
    expect(reminderRequestSchema.safeParse({ region: "africa" }).success).toBe(true);
    expect(codeOf(reminderRequestSchema.safeParse({ iso3: "KEN", region: "africa" }))).toBe(
      "validation.reminder_target",
    );
    expect(codeOf(reminderFormSchema.safeParse({ cycle: 2026, iso3: "KEN", region: "africa" }))).toBe(
      "validation.reminder_target",
    );
    expect(codeOf(reminderRequestSchema.safeParse({ region: "atlantis" }))).toBe("validation.choose_region");
  });

  it("mark some messages or all of them read, and choose e-mail or the inbox in a known language", () => {
    expect(markReadSchema.safeParse({ ids: [1, 2] }).success).toBe(true);
    expect(markReadSchema.safeParse({ all: true }).success).toBe(true);
    for (const bad of [{}, { ids: [] }, { ids: [-1] }, { all: false }, { ids: [1], all: true }])
      expect(markReadSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    expect(notificationSettingsSchema.safeParse({ email: false, locale: "ar" }).success).toBe(true);
    expect(codeOf(notificationSettingsSchema.safeParse({ email: false, locale: "de" }))).toMatch(/^validation\.locale/);
  });
});
