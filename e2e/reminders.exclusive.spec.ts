import { expect, test, type APIRequestContext } from "@playwright/test";
import type { ParsedMail } from "mailparser";
import { NOTIFICATION_TEXTS } from "../lib/notifications/kinds";
import { apiSignIn, OPEN_CYCLE, signIn } from "./helpers";
import { Mailbox } from "./mailbox";

/**
 * Deadlines, reminders, the inbox and the campaign view, end to end through a real SMTP server (as
 * e2e/mail.spec.ts). Exclusive: it sets the open cycle's deadline, which every focal point's page reads; it
 * removes it at the end. The server runs no reminders on a timer (scripts/serve-e2e.mjs): this spec runs them.
 */
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT);
/** A reminder's subject in any of the six languages: each person reads theirs (chosen, else their invitation's). */
const REMINDER_SUBJECTS = Object.values(NOTIFICATION_TEXTS).map(
  (texts) =>
    new RegExp(
      `^${texts.kinds.deadline_reminder.title
        .split(/\{\w+\}/)
        .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, "\\$&"))
        .join(".+")}$`,
    ),
);
const FOCAL_POINTS: Record<string, string> = {
  KEN: "focal.ken@example.org",
  BRA: "focal.bra@example.org",
  IND: "focal.ind@example.org",
  EGY: "focal.egy@example.org",
  KAZ: "focal.kaz@example.org",
  EST: "focal.est@example.org",
};

const mailbox = new Mailbox(SMTP_PORT);
const received = mailbox.received;
test.beforeAll(async () => mailbox.start());
test.afterAll(async () => mailbox.stop());

const addressOf = (mail: ParsedMail) => (mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : undefined);
const reminders = () => received.filter((m) => REMINDER_SUBJECTS.some((subject) => subject.test(m.subject ?? "")));

/** The ISO day `days` from today (UTC), as the server counts. */
function dayFromToday(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function as(playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } }, email: string) {
  const context = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  await apiSignIn(context, email);
  return context;
}

test.describe.configure({ mode: "serial" });

test("a reminder run sends exactly one message to each focal point of each state not submitted, never twice", async ({
  playwright,
  page,
}) => {
  const admin = await as(playwright, "admin@example.org");
  const analyst = await as(playwright, "analyst@example.org");
  const campaign = await (await analyst.get(`/api/v1/cycles/${OPEN_CYCLE}/campaign`)).json();
  const statusOf = new Map<string, string>(
    campaign.states.map((s: { iso3: string; status: string }) => [s.iso3, s.status]),
  );
  const waiting = Object.keys(FOCAL_POINTS).filter((iso3) => !["submitted", "validated"].includes(statusOf.get(iso3)!));
  expect(waiting.length, "demo states that have not submitted").toBeGreaterThan(1);
  // The last of them reads the inbox only.
  const inboxOnly = waiting.at(-1)!;
  const quiet = await as(playwright, FOCAL_POINTS[inboxOnly]!);
  expect((await quiet.patch("/api/v1/notifications/settings", { data: { email: false, locale: "en" } })).status()).toBe(
    200,
  );

  try {
    // Seven days before the deadline: the 7-day step is due.
    const deadline = dayFromToday(7);
    const set = await admin.patch(`/api/v1/cycles/${OPEN_CYCLE}/deadline`, { data: { deadline } });
    expect(set.status(), await set.text()).toBe(200);

    // Two runs at once and one after: together they write each reminder once.
    const runs = await Promise.all([
      admin.post("/api/v1/admin/reminders/run"),
      admin.post("/api/v1/admin/reminders/run"),
    ]);
    const counts = await Promise.all(runs.map(async (r) => (expect(r.status()).toBe(200), (await r.json()).reminders)));
    const again = await (await admin.post("/api/v1/admin/reminders/run")).json();
    expect(again.reminders).toBe(0);
    const written = counts[0] + counts[1];
    expect(written).toBeGreaterThanOrEqual(waiting.length);

    // Every message that was written to be e-mailed arrives once: one per person, each to a distinct address.
    const emailed = written - 1;
    await expect.poll(() => reminders().length, { timeout: 60_000 }).toBeGreaterThanOrEqual(emailed);
    const addresses = reminders().map(addressOf);
    expect(new Set(addresses).size).toBe(addresses.length);
    for (const iso3 of waiting.filter((s) => s !== inboxOnly))
      expect(
        addresses.filter((a) => a === FOCAL_POINTS[iso3]),
        iso3,
      ).toHaveLength(1);
    // Submitted states get none; the person who chose the inbox only gets no e-mail, but the message in the inbox.
    for (const iso3 of Object.keys(FOCAL_POINTS).filter((s) => !waiting.includes(s)))
      expect(addresses).not.toContain(FOCAL_POINTS[iso3]);
    expect(addresses).not.toContain(FOCAL_POINTS[inboxOnly]);
    const inbox = await (await quiet.get("/api/v1/notifications")).json();
    expect(inbox.items.filter((i: { kind: string }) => i.kind === "deadline_reminder")).toHaveLength(1);

    // The focal point reads the deadline on their assessment page, and the reminder in the inbox.
    const person = FOCAL_POINTS[waiting[0]!]!;
    await signIn(page, person);
    await page.goto("/en/assessment");
    await expect(page.getByTestId("deadline-notice")).toContainText("Due in 7 days");
    await expect(page.getByTestId("inbox-badge")).toBeVisible();
    await page.goto("/en/inbox");
    await expect(page.getByTestId("inbox-item").filter({ hasText: /Reminder: the \d{4} assessment of/ })).toHaveCount(
      1,
    );
    await page.getByRole("button", { name: "Mark all as read" }).click();
    await expect(page.getByTestId("inbox-unread")).toHaveText("All read");
    await expect(page.getByTestId("inbox-badge")).toHaveCount(0);
  } finally {
    await admin.patch(`/api/v1/cycles/${OPEN_CYCLE}/deadline`, { data: { deadline: null } });
    await quiet.patch("/api/v1/notifications/settings", { data: { email: true, locale: "en" } });
  }
});

test("the campaign page shows the rates, and 'send a reminder now' queues messages", async ({ playwright, page }) => {
  const admin = await as(playwright, "admin@example.org");
  const analyst = await as(playwright, "analyst@example.org");
  await admin.patch(`/api/v1/cycles/${OPEN_CYCLE}/deadline`, { data: { deadline: dayFromToday(3) } });
  try {
    const campaign = await (await analyst.get(`/api/v1/cycles/${OPEN_CYCLE}/campaign`)).json();
    const percent = (share: number) => `${Math.round(share * 100)}%`;

    await signIn(page, "analyst@example.org");
    await page.goto(`/en/analysis/campaign?cycle=${OPEN_CYCLE}`);
    await expect(page.getByRole("heading", { name: "Campaign", level: 1 })).toBeVisible();
    await expect(page.getByTestId("total-submission-rate")).toHaveText(percent(campaign.total.submissionRate));
    await expect(page.getByTestId("total-response-rate")).toHaveText(percent(campaign.total.responseRate));
    const africa = campaign.regions.find((r: { region: string }) => r.region === "africa");
    await expect(page.getByTestId("region-rates").getByRole("row", { name: /Africa/ })).toContainText(
      percent(africa.submissionRate),
    );
    await expect(page.getByRole("heading", { name: "Submission rate by region, day by day" })).toBeVisible();

    // One state, from its row: the page says how many messages went.
    const waiting = campaign.states.find(
      (s: { iso3: string; status: string }) => s.iso3 in FOCAL_POINTS && !["submitted", "validated"].includes(s.status),
    );
    const before = reminders().filter((m) => addressOf(m) === FOCAL_POINTS[waiting.iso3]).length;
    const row = page.getByTestId("state-activity").locator(`tr[data-iso3="${waiting.iso3}"]`);
    await row.getByRole("button").click();
    await expect(row.getByRole("status")).toContainText(/1 message sent/);
    await expect
      .poll(() => reminders().filter((m) => addressOf(m) === FOCAL_POINTS[waiting.iso3]).length, { timeout: 60_000 })
      .toBe(before + 1);

    // The API: a region, 202 with what was queued.
    const response = await analyst.post(`/api/v1/cycles/${OPEN_CYCLE}/reminders`, { data: { region: "africa" } });
    expect(response.status()).toBe(202);
    const body = await response.json();
    expect(body.states).toBe(africa.states - africa.submitted);
    expect(body.queued).toBeGreaterThanOrEqual(1);
  } finally {
    await admin.patch(`/api/v1/cycles/${OPEN_CYCLE}/deadline`, { data: { deadline: null } });
  }
});
