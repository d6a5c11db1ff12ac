import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { mailOutbox, notifications, planActions, user } from "@/db/schema/index";
import type { Actor } from "@/lib/assessment/actor";
import { returnAssessment } from "./assessments";
import { getOpenCycle } from "./cycles";
import {
  countUnreadNotifications,
  getInbox,
  markNotificationsRead,
  notify,
  setNotificationSettings,
} from "./notifications";
import {
  getCampaign,
  getStateDeadline,
  runReminders,
  runRemindersNow,
  sendRemindersNow,
  setCycleDeadline,
  setStateDeadline,
} from "./reminders";
import { getDb } from "@/db/transaction";
import { createActor, insertScoredAssessment, refusalCode, useServiceDatabase } from "./testing/service-database";

const db = useServiceDatabase();
const STEPS = [14, 7, 1];
const DEADLINE = "2031-03-31";
const day = (iso: string) => new Date(`${iso}T09:00:00Z`);

let cycle: number;
let admin: Actor;
let analyst: Actor;
let kenya1: Actor;
let kenya2: Actor;
let ghana: Actor;
let nigeria: Actor;
let chile: Actor;

async function messagesOf(actor: Actor) {
  return db.connection().db.select().from(notifications).where(eq(notifications.userId, actor.userId));
}
async function mailTo(actor: Actor) {
  return db.connection().db.select().from(mailOutbox).where(eq(mailOutbox.recipient, actor.email));
}
async function remindersOf(actor: Actor) {
  return (await messagesOf(actor)).filter((m) => m.kind === "deadline_reminder").map((m) => m.dedupeKey);
}

beforeAll(async () => {
  const c = db.connection();
  cycle = (await getOpenCycle())!;
  admin = await createActor(c, "admin");
  analyst = await createActor(c, "analyst");
  kenya1 = await createActor(c, "focal_point", "KEN");
  kenya2 = await createActor(c, "focal_point", "KEN");
  ghana = await createActor(c, "focal_point", "GHA");
  nigeria = await createActor(c, "focal_point", "NGA");
  chile = await createActor(c, "focal_point", "CHL");
  // Ghana has submitted; Kenya has a draft; Nigeria and Chile have not started.
  await insertScoredAssessment(c, { iso3: "GHA", cycle, status: "submitted", overall: 50 });
  await insertScoredAssessment(c, { iso3: "KEN", cycle, status: "draft", overall: 20 });
  // Kenya's second focal point reads the inbox only; Chile's wants e-mail in Spanish.
  await setNotificationSettings(kenya2, { email: false, locale: "en" });
  await setNotificationSettings(chile, { email: true, locale: "es" });
  await setCycleDeadline(admin, cycle, DEADLINE);
});

describe("deadlines", () => {
  it("are set by administrators on a cycle and by BDT for one state", async () => {
    expect(await refusalCode(setCycleDeadline(analyst, cycle, DEADLINE))).toBe("forbidden.admin_only");
    expect(await refusalCode(setCycleDeadline(admin, 1999, DEADLINE))).toBe("not_found.cycle");
    expect(await refusalCode(setStateDeadline(kenya1, cycle, "KEN", "2031-04-30"))).toBe("forbidden.bdt_only");
    expect(await refusalCode(setStateDeadline(analyst, cycle, "XXX", "2031-04-30"))).toBe("not_found.member_state");
  });

  it("read as due, overdue or done, with a state's own deadline first", async () => {
    const ken = await getStateDeadline(kenya1, "KEN", cycle, "draft", day("2031-03-21"));
    expect(ken.status).toEqual({ kind: "due", days: 10, deadline: DEADLINE });
    expect((await getStateDeadline(kenya1, "KEN", cycle, "draft", day("2031-04-02"))).status).toMatchObject({
      kind: "overdue",
      days: 2,
    });
    expect((await getStateDeadline(ghana, "GHA", cycle, "submitted", day("2031-04-02"))).status.kind).toBe("done");
    expect(await refusalCode(getStateDeadline(kenya1, "GHA", cycle, "draft"))).toBe("forbidden.other_state");
  });
});

describe("runReminders", () => {
  it("sends one message per focal point of each state not submitted per step, never twice", async () => {
    // 20 days before: no step is due yet.
    expect(await runReminders(day("2031-03-11"), STEPS)).toMatchObject({ reminders: 0 });
    // 10 days before: the 14-day step, once, however often the run comes.
    expect((await runReminders(day("2031-03-21"), STEPS)).reminders).toBe(4);
    expect((await runReminders(day("2031-03-21"), STEPS)).reminders).toBe(0);
    expect((await runReminders(day("2031-03-22"), STEPS)).reminders).toBe(0);
    for (const person of [kenya1, kenya2, nigeria, chile])
      expect(await remindersOf(person)).toEqual([`reminder:${cycle}:${person.memberStateIso3}:${DEADLINE}:14`]);
    // A submitted state gets none.
    expect(await messagesOf(ghana)).toEqual([]);
    // The 7-day step, once more each.
    expect((await runReminders(day("2031-03-25"), STEPS)).reminders).toBe(4);
    expect((await runReminders(day("2031-03-26"), STEPS)).reminders).toBe(0);
    expect(await remindersOf(kenya1)).toHaveLength(2);
  });

  it("e-mails in the recipient's language unless they chose the inbox only", async () => {
    expect(await mailTo(kenya1)).toHaveLength(2);
    expect(await mailTo(kenya2)).toEqual([]);
    expect(await remindersOf(kenya2)).toHaveLength(2);
    const [mail] = await mailTo(chile);
    expect(mail).toMatchObject({ kind: "deadline_reminder", locale: "es", status: "queued" });
    expect(mail!.subject).toContain("Recordatorio");
    expect(mail!.text).toContain("/es/assessment");
  });

  it("counts down to a state's extension instead of the cycle's deadline", async () => {
    await setStateDeadline(analyst, cycle, "NGA", "2031-05-31");
    // One day before the cycle's deadline: Nigeria's own is two months away.
    expect((await runReminders(day("2031-03-30"), STEPS)).reminders).toBe(3);
    expect(await remindersOf(nigeria)).toHaveLength(2);
    // Past the cycle's deadline: no more reminders for the others; Nigeria's count starts on its own deadline.
    expect((await runReminders(day("2031-05-20"), STEPS)).reminders).toBe(1);
    expect((await remindersOf(nigeria)).at(-1)).toBe(`reminder:${cycle}:NGA:2031-05-31:14`);
    expect(await remindersOf(kenya1)).toHaveLength(3);
  });

  it("runs on an administrator's demand, and for nobody else", async () => {
    expect(await refusalCode(runRemindersNow(analyst))).toBe("forbidden.admin_only");
    // Today is long before the 2031 deadline: nothing is due.
    expect((await runRemindersNow(admin)).reminders).toBe(0);
  });

  it("never doubles when two runs go at once", async () => {
    const [a, b] = await Promise.all([runReminders(day("2031-05-27"), STEPS), runReminders(day("2031-05-27"), STEPS)]);
    expect(a.reminders + b.reminders).toBe(1);
    expect(await remindersOf(nigeria)).toHaveLength(4);
    const keys = await remindersOf(nigeria);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("tells a state's focal points once about a plan action past its target date", async () => {
    await db.connection().db.insert(planActions).values({
      iso3: "CHL",
      questionId: "LEG-CYB-01",
      clause: "1",
      title: "Adopt the national strategy",
      owner: "Ministry",
      targetDate: "2031-01-15",
      priority: "high",
      createdCycle: cycle,
    });
    expect((await runReminders(day("2031-05-28"), STEPS)).overdueActions).toBe(1);
    expect((await runReminders(day("2031-05-29"), STEPS)).overdueActions).toBe(0);
    const [message] = (await messagesOf(chile)).filter((m) => m.kind === "plan_action_overdue");
    expect(message).toMatchObject({ link: "/plan", params: { iso3: "CHL", targetDate: "2031-01-15" } });
  });
});

describe("sendRemindersNow", () => {
  it("reminds one state or a region's states that have not submitted, for BDT only", async () => {
    expect(await refusalCode(sendRemindersNow(kenya1, cycle, { iso3: "KEN" }))).toBe("forbidden.bdt_only");
    expect(await refusalCode(sendRemindersNow(analyst, cycle, { iso3: "XXX" }))).toBe("not_found.member_state");
    expect(await refusalCode(sendRemindersNow(analyst, 1999, {}))).toBe("not_found.cycle");
    const before = (await messagesOf(kenya1)).length;
    expect(await sendRemindersNow(analyst, cycle, { iso3: "KEN" }, { now: day("2031-03-28") })).toEqual({
      queued: 2,
      states: 1,
    });
    expect((await messagesOf(kenya1)).length).toBe(before + 1);
    // Africa: Kenya and Nigeria have focal points and have not submitted; Ghana has submitted.
    const africa = await sendRemindersNow(analyst, cycle, { region: "africa" }, { now: day("2031-04-05") });
    expect(africa.queued).toBe(3);
    expect(await messagesOf(ghana)).toEqual([]);
    // Past its deadline Kenya hears that it is overdue; Nigeria (extended) gets a reminder.
    expect((await messagesOf(kenya1)).at(-1)!.kind).toBe("deadline_passed");
    expect((await messagesOf(nigeria)).at(-1)!.kind).toBe("deadline_reminder");
  });
});

describe("notify and the inbox", () => {
  it("writes the inbox row only, once per key, and skips disabled accounts", async () => {
    const person = await createActor(db.connection(), "focal_point", "FRA");
    const c = await getDb();
    const message = { kind: "assessment_returned" as const, params: { cycle, iso3: "FRA" }, dedupeKey: "k" };
    expect(await notify(c, { ...message, userId: person.userId })).toEqual({ written: true, emailed: true });
    expect(await notify(c, { ...message, userId: person.userId })).toEqual({ written: false, emailed: false });
    await db.connection().db.update(user).set({ disabled: true }).where(eq(user.id, person.userId));
    expect(await notify(c, { ...message, userId: person.userId, dedupeKey: "other" })).toMatchObject({
      written: false,
    });
  });

  it("shows each person their own messages in the reader's language, and marks them read", async () => {
    const inbox = await getInbox(kenya1, "fr");
    expect(inbox.unread).toBe(inbox.items.length);
    expect(inbox.items[0]!.title).toContain("Kenya");
    expect(inbox.items.some((i) => i.title.startsWith("Rappel"))).toBe(true);
    const others = (await messagesOf(chile)).map((m) => m.id);
    // Another person's ids change nothing.
    expect(await markNotificationsRead(kenya1, { ids: others })).toEqual({ marked: 0, unread: inbox.unread });
    expect(await markNotificationsRead(kenya1, { ids: [inbox.items[0]!.id] })).toEqual({
      marked: 1,
      unread: inbox.unread - 1,
    });
    await markNotificationsRead(kenya1, { all: true });
    expect(await countUnreadNotifications(kenya1)).toBe(0);
    expect(await countUnreadNotifications(chile)).toBe(others.length);
  });
});

describe("the return by BDT", () => {
  it("tells the state's focal points, in the same transaction", async () => {
    await insertScoredAssessment(db.connection(), { iso3: "SEN", cycle, status: "submitted", overall: 40 });
    const senegal = await createActor(db.connection(), "focal_point", "SEN");
    await returnAssessment(analyst, "SEN", cycle, []);
    expect((await messagesOf(senegal)).map((m) => m.kind)).toEqual(["assessment_returned"]);
    expect(await mailTo(senegal)).toHaveLength(1);
  });
});

describe("getCampaign", () => {
  it("gives rates by region, late states and last activity, for BDT only", async () => {
    expect(await refusalCode(getCampaign(kenya1, cycle))).toBe("forbidden.bdt_only");
    const campaign = await getCampaign(analyst, cycle, day("2031-04-05"));
    const africa = campaign.regions.find((r) => r.region === "africa")!;
    expect(africa.responded).toBeGreaterThanOrEqual(3);
    expect(africa.submitted).toBe(1);
    expect(campaign.deadline).toBe(DEADLINE);
    expect(campaign.late.map((l) => l.iso3)).toContain("KEN");
    expect(campaign.late.map((l) => l.iso3)).not.toContain("NGA");
    expect(campaign.late.map((l) => l.iso3)).not.toContain("GHA");
    expect(campaign.states.find((s) => s.iso3 === "KEN")!.lastActivityAt).not.toBeNull();
    expect(campaign.series.at(-1)!.day).toBe("2031-04-05");
    expect(campaign.total.states).toBe(campaign.states.length);
  });
});
