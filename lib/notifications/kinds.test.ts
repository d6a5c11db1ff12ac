import { describe, expect, it } from "vitest";
import { LOCALES } from "../i18n/locales";
import { notificationMail } from "../mail/templates";
import { NOTIFICATION_KINDS, NOTIFICATION_TEXTS, excerptOf, notificationLink, notificationText } from "./kinds";

const params = { cycle: 2026, iso3: "KEN", deadline: "2026-03-31", days: 7 };

describe("notificationText", () => {
  it("writes a reminder with the state's name and the date in the reader's language", () => {
    expect(notificationText("deadline_reminder", params, "en")).toEqual({
      title: "Reminder: the 2026 assessment of Kenya is due on 31 March 2026",
      body: expect.stringContaining("Days left: 7."),
    });
    expect(notificationText("deadline_reminder", params, "fr").title).toContain("Kenya");
    expect(notificationText("deadline_reminder", params, "fr").title).toContain("31 mars 2026");
  });

  it("fills every placeholder of every kind in every language", () => {
    const all = {
      ...params,
      questionId: "LEG-CYB-01",
      title: "Adopt a national strategy",
      targetDate: "2026-01-15",
      assigner: "Amina Otieno",
      count: 3,
      questions: "LEG-CYB-01, LEG-CYB-02, TEC-CIRT-01",
      dueDate: "2026-02-01",
      author: "Amina Otieno",
      excerpt: "The law was amended.",
    };
    for (const locale of LOCALES)
      for (const kind of NOTIFICATION_KINDS) {
        const { title, body } = notificationText(kind, all, locale);
        expect(`${title} ${body}`, `${locale} ${kind}`).not.toMatch(/\{\w+\}/);
        expect(title.length).toBeGreaterThan(0);
      }
  });

  it("says an assignment's due date only when there is one", () => {
    const assignment = {
      cycle: 2026,
      iso3: "KEN",
      assigner: "Amina Otieno",
      count: 2,
      questions: "LEG-CYB-01, LEG-CYB-02",
    };
    expect(notificationText("assignment", { ...assignment, dueDate: "2026-02-01" }, "en").body).toBe(
      "Amina Otieno assigned you 2 questions of the 2026 assessment of Kenya: LEG-CYB-01, LEG-CYB-02. Please answer by 1 February 2026.",
    );
    for (const locale of LOCALES) {
      const { body } = notificationText("assignment", { ...assignment, dueDate: "" }, locale);
      expect(body, locale).toContain("LEG-CYB-01, LEG-CYB-02");
      expect(body, locale).not.toMatch(/\{|\[\[|2026-|1 February/);
    }
  });

  it("quotes the start of a long comment in a mention, cut at a word", () => {
    expect(excerptOf("Short.")).toBe("Short.");
    const long = "word ".repeat(200);
    const excerpt = excerptOf(long);
    expect(excerpt.length).toBeLessThanOrEqual(501);
    expect(excerpt.endsWith("word…")).toBe(true);
  });

  it("reads a kind it does not know as its name", () => {
    expect(notificationText("from_the_future", {}, "en")).toEqual({ title: "from_the_future", body: "" });
  });

  it("leads each kind to its page", () => {
    expect(notificationLink("plan_action_overdue")).toBe("/plan");
    expect(notificationLink("assessment_returned")).toBe("/assessment");
  });
});

describe("notificationMail", () => {
  it("is the notification with its link and why it came, escaped in HTML and kept literal in text", () => {
    const mail = notificationMail("en", {
      name: "Amina",
      kind: "plan_action_overdue",
      params: { iso3: "KEN", title: "Draft <law> {name}", targetDate: "2026-01-15" },
      link: "https://readiness.example.org/en/plan",
    });
    expect(mail.subject).toBe("An action of the plan of Kenya is overdue");
    expect(mail.text).toContain("“Draft <law> {name}” was due on 15 January 2026");
    expect(mail.text).toContain("Open Res45 Readiness: https://readiness.example.org/en/plan");
    expect(mail.text).toContain(NOTIFICATION_TEXTS.en.footer);
    expect(mail.html).toContain("Draft &#60;law&#62; {name}");
    expect(notificationMail("ar", { name: "A", kind: "deadline_reminder", params, link: "x" }).html).toContain(
      'dir="rtl"',
    );
  });
});
