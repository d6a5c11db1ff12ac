import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { currentCycleYear } from "@/db/seed/reference";
import { auditLog, mailOutbox, questionComments } from "@/db/schema/index";
import type { Actor } from "@/lib/assessment/actor";
import { CURRENT_FRAMEWORK, bestOption } from "@/lib/framework";
import { createActor, refusalCode, useServiceDatabase } from "./testing/service-database";
import { getAssessment, saveAnswers, submitAssessment } from "./assessments";
import { addComment, listComments } from "./comments";
import { getInbox } from "./notifications";
import { assignQuestions, getTeam, listAssignments, withdrawAssignment } from "./team";

const db = useServiceDatabase();
const CYCLE = currentCycleYear();
const context = { locale: "fr" as const, requestOrigin: "http://readiness.test" };
const [q1, q2, q3] = CURRENT_FRAMEWORK.questions;
const answer = (q: typeof q1) => ({ questionId: q!.id, value: bestOption(q!).value, evidence: [], note: "" });

let focal: Actor;
let contributor: Actor;
let otherContributor: Actor;
let ghanaContributor: Actor;
let analyst: Actor;

beforeAll(async () => {
  focal = await createActor(db.connection(), "focal_point", "KEN");
  contributor = await createActor(db.connection(), "contributor", "KEN");
  otherContributor = await createActor(db.connection(), "contributor", "KEN");
  ghanaContributor = await createActor(db.connection(), "contributor", "GHA");
  analyst = await createActor(db.connection(), "analyst");
});

const mailsTo = (email: string, kind: string) =>
  db
    .connection()
    .db.select()
    .from(mailOutbox)
    .where(sql`${mailOutbox.recipient} = ${email} and ${mailOutbox.kind} = ${kind}`);

describe("assignments", () => {
  it("a focal point assigns a question and a whole group; the contributor is told once, by e-mail", async () => {
    const group = CURRENT_FRAMEWORK.questions.find((q) => q.group !== q1!.group)!.group;
    const inGroup = CURRENT_FRAMEWORK.questions.filter((q) => q.group === group).map((q) => q.id);
    const list = await assignQuestions(
      focal,
      "KEN",
      CYCLE,
      { userId: contributor.userId, questionIds: [q1!.id, group], dueDate: "2099-01-31" },
      context,
    );
    expect(list.map((a) => a.questionId).sort()).toEqual([q1!.id, ...inGroup].sort());
    expect(list.every((a) => a.userId === contributor.userId && a.dueDate === "2099-01-31")).toBe(true);
    const mails = await mailsTo(contributor.email, "assignment");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.locale).toBe("fr");
    expect(mails[0]!.text).toContain(q1!.id);
    expect(mails[0]!.text).toContain("http://readiness.test/fr/assessment");
    // The same request again changes nothing and tells nobody again.
    await assignQuestions(
      focal,
      "KEN",
      CYCLE,
      { userId: contributor.userId, questionIds: [q1!.id], dueDate: "2099-01-31" },
      context,
    );
    expect(await mailsTo(contributor.email, "assignment")).toHaveLength(1);
    // The same message waits in the contributor's inbox, read in the language of the moment.
    const inbox = await getInbox(contributor, "en");
    expect(inbox.items.filter((i) => i.kind === "assignment")).toHaveLength(1);
    expect(inbox.items.find((i) => i.kind === "assignment")!.body).toContain("Please answer by 31 January 2099.");
    // Sharing out the work started the draft; each assignment is in the audit trail.
    expect((await getAssessment(focal, "KEN", CYCLE)).status).toBe("draft");
    const audit = await db.connection().db.select().from(auditLog).where(eq(auditLog.field, "assignment"));
    expect(audit.length).toBe(1 + inGroup.length);
  });

  it("refuses unknown questions, people who are not contributors of the state, and anyone but a focal point", async () => {
    const assign = (actor: Actor, userId: string, questionIds: string[]) =>
      assignQuestions(actor, "KEN", CYCLE, { userId, questionIds, dueDate: null }, context);
    expect(await refusalCode(assign(focal, contributor.userId, ["XXX-YYY-99"]))).toBe("validation.assignments");
    expect(await refusalCode(assign(focal, ghanaContributor.userId, [q2!.id]))).toBe("validation.assignee");
    expect(await refusalCode(assign(focal, focal.userId, [q2!.id]))).toBe("validation.assignee");
    expect(await refusalCode(assign(contributor, contributor.userId, [q2!.id]))).toBe("forbidden.focal_point_only");
    expect(await refusalCode(assign(analyst, contributor.userId, [q2!.id]))).toBe("forbidden.focal_point_only");
    expect((await listAssignments(focal, "KEN", CYCLE)).some((a) => a.questionId === q2!.id)).toBe(false);
  });

  it("a contributor saves an assigned question, is refused another (403 not_assigned) and cannot submit", async () => {
    const view = await getAssessment(contributor, "KEN", CYCLE);
    const saved = await saveAnswers(contributor, "KEN", CYCLE, { version: view.version, answers: [answer(q1)] });
    expect(saved.answers.find((a) => a.questionId === q1!.id)?.value).toBe(bestOption(q1!).value);
    expect(
      await refusalCode(saveAnswers(contributor, "KEN", CYCLE, { version: saved.version, answers: [answer(q2)] })),
    ).toBe("forbidden.not_assigned");
    // Mixed with an assigned one, nothing is written.
    expect(
      await refusalCode(
        saveAnswers(contributor, "KEN", CYCLE, { version: saved.version, answers: [answer(q1), answer(q3)] }),
      ),
    ).toBe("forbidden.not_assigned");
    expect((await getAssessment(focal, "KEN", CYCLE)).version).toBe(saved.version);
    expect(
      await refusalCode(saveAnswers(otherContributor, "KEN", CYCLE, { version: saved.version, answers: [answer(q1)] })),
    ).toBe("forbidden.not_assigned");
    expect(await refusalCode(submitAssessment(contributor, "KEN", CYCLE))).toBe("forbidden.focal_point_only");
    // The team shows who answered what.
    const team = await getTeam(focal, "KEN", CYCLE);
    expect(team.answers.find((a) => a.questionId === q1!.id)).toMatchObject({ name: contributor.name, answered: true });
    expect(team.people.map((p) => p.id)).toEqual(expect.arrayContaining([focal.userId, contributor.userId]));
  });

  it("another state's contributor sees nothing of this state", async () => {
    expect(await refusalCode(getAssessment(ghanaContributor, "KEN", CYCLE))).toBe("forbidden.other_state");
    expect(await refusalCode(saveAnswers(ghanaContributor, "KEN", CYCLE, { version: 1, answers: [answer(q1)] }))).toBe(
      "forbidden.other_state",
    );
    expect(await refusalCode(getTeam(ghanaContributor, "KEN", CYCLE))).toBe("forbidden.other_state");
    expect(await refusalCode(listComments(ghanaContributor, "KEN", CYCLE, q1!.id))).toBe("forbidden.other_state");
  });

  it("withdrawing an assignment takes the question back and is audited", async () => {
    await withdrawAssignment(focal, "KEN", CYCLE, q1!.id);
    const view = await getAssessment(contributor, "KEN", CYCLE);
    expect(
      await refusalCode(saveAnswers(contributor, "KEN", CYCLE, { version: view.version, answers: [answer(q1)] })),
    ).toBe("forbidden.not_assigned");
    expect(await refusalCode(withdrawAssignment(focal, "KEN", CYCLE, q1!.id))).toBe("not_found.assignment");
    const audit = await db.connection().db.select().from(auditLog).where(eq(auditLog.field, "assignment"));
    expect(audit.at(-1)).toMatchObject({ questionId: q1!.id, newValue: null });
  });
});

describe("comment threads", () => {
  it("stay with the state while the assessment is a draft; a mention of someone who cannot read is not sent", async () => {
    const body = `@${contributor.email.toUpperCase()} please check, and @${analyst.email} too; again @${contributor.email}`;
    const comment = await addComment(focal, "KEN", CYCLE, q2!.id, { body }, context);
    expect(comment.mentioned).toEqual([contributor.name]);
    expect(await mailsTo(contributor.email, "mention")).toHaveLength(1);
    expect(await mailsTo(analyst.email, "mention")).toHaveLength(0);
    expect(await refusalCode(listComments(analyst, "KEN", CYCLE, q2!.id))).toBe("forbidden.draft");
    expect(await refusalCode(addComment(analyst, "KEN", CYCLE, q2!.id, { body: "hello" }, context))).toBe(
      "forbidden.draft",
    );
    const thread = await listComments(contributor, "KEN", CYCLE, q2!.id);
    expect(thread.map((c) => c.body)).toEqual([body]);
    expect(await refusalCode(listComments(focal, "KEN", CYCLE, "XXX-YYY-99"))).toBe("validation.unknown_question");
  });

  it("are read by BDT once the state shares the assessment, and BDT can then be mentioned", async () => {
    const all = CURRENT_FRAMEWORK.questions.map((q) => answer(q));
    const view = await getAssessment(focal, "KEN", CYCLE);
    await saveAnswers(focal, "KEN", CYCLE, { version: view.version, answers: all });
    await submitAssessment(focal, "KEN", CYCLE);
    expect((await listComments(analyst, "KEN", CYCLE, q2!.id)).length).toBe(1);
    await addComment(focal, "KEN", CYCLE, q2!.id, { body: `@${analyst.email} see the evidence` }, context);
    expect(await mailsTo(analyst.email, "mention")).toHaveLength(1);
    // BDT is led to the review page at the question, the state's people to the questionnaire.
    const told = (await getInbox(analyst, "en")).items.find((i) => i.kind === "mention")!;
    expect(told.link).toBe(`/states/KEN/${CYCLE}/review#${q2!.id}`);
    const reply = await addComment(analyst, "KEN", CYCLE, q2!.id, { body: "Thank you" }, context);
    expect(reply.authorRole).toBe("analyst");
  });

  it("are append-only in the database", async () => {
    await expect(db.connection().db.update(questionComments).set({ body: "changed" })).rejects.toThrow();
    await expect(db.connection().db.delete(questionComments)).rejects.toThrow();
  });
});
