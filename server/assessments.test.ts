import { beforeAll, describe, expect, it } from "vitest";
import { currentCycleYear } from "@/db/seed/reference";
import type { Actor } from "@/lib/assessment/actor";
import { EXPORT_SCHEMA } from "@/lib/assessment/exchange";
import { CURRENT_FRAMEWORK, bestOption } from "@/lib/framework";
import { addCycle, createActor, refusalCode, useServiceDatabase } from "./testing/service-database";
import {
  getAssessment,
  getSubmissionCheck,
  importAnswers,
  listAuditTrail,
  returnAssessment,
  saveAnswers,
  submitAssessment,
  validateAssessment,
} from "./assessments";

const db = useServiceDatabase();
const CYCLE = currentCycleYear();
const CLOSED = CYCLE - 1;
const [q1, q2] = CURRENT_FRAMEWORK.questions;
const everyAnswer = CURRENT_FRAMEWORK.questions.map((q) => ({
  questionId: q.id,
  value: bestOption(q).value,
  evidence: ["https://gov.example/evidence"],
}));

let kenya: Actor;
let brazil: Actor;
let analyst: Actor;
let admin: Actor;

beforeAll(async () => {
  kenya = await createActor(db.connection(), "focal_point", "KEN");
  brazil = await createActor(db.connection(), "focal_point", "BRA");
  analyst = await createActor(db.connection(), "analyst");
  admin = await createActor(db.connection(), "admin");
  await addCycle(db.connection(), CLOSED, "closed");
});

describe("who may read and change an assessment", () => {
  it("lets a focal point start and read their own state's draft", async () => {
    const saved = await saveAnswers(kenya, "KEN", CYCLE, { version: 0, answers: [everyAnswer[0]!] });
    expect(saved).toMatchObject({ status: "draft", version: 1 });
    expect((await getAssessment(kenya, "KEN", CYCLE)).answers).toHaveLength(1);
  });

  it("refuses another state's focal point, reading or writing", async () => {
    expect(await refusalCode(getAssessment(brazil, "KEN", CYCLE))).toBe("forbidden.other_state");
    expect(await refusalCode(saveAnswers(brazil, "KEN", CYCLE, { version: 1, answers: [] }))).toBe(
      "forbidden.other_state",
    );
    expect(await refusalCode(listAuditTrail(brazil, "KEN", CYCLE))).toBe("forbidden.other_state");
    expect(await refusalCode(submitAssessment(brazil, "KEN", CYCLE))).toBe("forbidden.other_state");
    expect(await refusalCode(importAnswers(brazil, "KEN", CYCLE, {}))).toBe("forbidden.other_state");
  });

  it("keeps a draft from BDT, but shows BDT a state that has not started", async () => {
    expect(await refusalCode(getAssessment(analyst, "KEN", CYCLE))).toBe("forbidden.draft");
    expect(await refusalCode(getSubmissionCheck(admin, "KEN", CYCLE))).toBe("forbidden.draft");
    expect((await getAssessment(analyst, "IND", CYCLE)).status).toBe("not_started");
  });

  it("lets only focal points change answers, and only BDT return or validate", async () => {
    expect(await refusalCode(saveAnswers(analyst, "KEN", CYCLE, { version: 1, answers: [] }))).toBe(
      "forbidden.focal_point_only",
    );
    expect(await refusalCode(validateAssessment(kenya, "KEN", CYCLE))).toBe("forbidden.bdt_only");
    expect(await refusalCode(returnAssessment(kenya, "KEN", CYCLE, []))).toBe("forbidden.bdt_only");
  });

  it("answers 404 codes for an unknown state or cycle", async () => {
    expect(await refusalCode(getAssessment(analyst, "XXX", CYCLE))).toBe("not_found.member_state");
    expect(await refusalCode(getAssessment(analyst, "KEN", 1999))).toBe("not_found.cycle");
  });
});

describe("saving against a version", () => {
  it("refuses a stale version with the current one, and writes nothing", async () => {
    const before = await getAssessment(kenya, "KEN", CYCLE);
    const error = await saveAnswers(kenya, "KEN", CYCLE, { version: before.version - 1, answers: [everyAnswer[1]!] })
      .then(() => null)
      .catch((e: { code: string; currentVersion?: number }) => e);
    expect(error).toMatchObject({ code: "conflict.version", currentVersion: before.version });
    expect((await getAssessment(kenya, "KEN", CYCLE)).answers).toEqual(before.answers);
  });

  it("refuses answers the questionnaire does not have, naming each, and writes nothing", async () => {
    const before = await getAssessment(kenya, "KEN", CYCLE);
    const error = await saveAnswers(kenya, "KEN", CYCLE, {
      version: before.version,
      answers: [
        { questionId: "NOPE-01", value: null },
        { questionId: q2!.id, value: "not-an-option" },
      ],
    }).catch((e: { code: string; problems: { path: unknown[] }[] }) => e);
    expect(error).toMatchObject({ code: "validation.answers" });
    expect((error as { problems: { path: unknown[] }[] }).problems.map((p) => p.path.join("."))).toEqual([
      "answers.0.questionId",
      "answers.1.value",
    ]);
    expect((await getAssessment(kenya, "KEN", CYCLE)).version).toBe(before.version);
  });

  it("keeps the answers of a closed cycle as they are", async () => {
    expect(await refusalCode(saveAnswers(kenya, "KEN", CLOSED, { version: 0, answers: [everyAnswer[0]!] }))).toBe(
      "conflict.cycle_closed",
    );
  });

  it("records each changed field in the audit trail, newest first", async () => {
    const before = await getAssessment(kenya, "KEN", CYCLE);
    await saveAnswers(kenya, "KEN", CYCLE, {
      version: before.version,
      answers: [{ questionId: q1!.id, value: q1!.options[1]!.value, note: "changed" }],
    });
    const [note, value] = await listAuditTrail(kenya, "KEN", CYCLE);
    expect([note?.field, value?.field]).toEqual(["value", "note"].reverse());
    expect(value).toMatchObject({ questionId: q1!.id, oldValue: bestOption(q1!).value });
  });

  it("lets two saves against one version land once: the other is a conflict", async () => {
    const { version } = await getAssessment(kenya, "KEN", CYCLE);
    const results = await Promise.allSettled([
      saveAnswers(kenya, "KEN", CYCLE, { version, answers: [{ questionId: q2!.id, value: q2!.options[0]!.value }] }),
      saveAnswers(kenya, "KEN", CYCLE, { version, answers: [{ questionId: q2!.id, value: q2!.options[1]!.value }] }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.code).toBe(
      "conflict.version",
    );
    expect((await getAssessment(kenya, "KEN", CYCLE)).version).toBe(version + 1);
  });
});

describe("status transitions", () => {
  it("refuses to submit with questions unanswered, listing them", async () => {
    const error = await submitAssessment(kenya, "KEN", CYCLE).catch(
      (e: { code: string; details?: { unanswered: string[] } }) => e,
    );
    expect(error).toMatchObject({ code: "validation.unanswered" });
    expect((error as { details: { unanswered: string[] } }).details.unanswered.length).toBeGreaterThan(0);
  });

  it("goes draft → submitted → returned → submitted → validated, each step by its own people", async () => {
    const { version } = await getAssessment(kenya, "KEN", CYCLE);
    await saveAnswers(kenya, "KEN", CYCLE, { version, answers: everyAnswer });
    expect((await submitAssessment(kenya, "KEN", CYCLE)).status).toBe("submitted");
    expect((await getAssessment(analyst, "KEN", CYCLE)).status).toBe("submitted");
    expect(await refusalCode(saveAnswers(kenya, "KEN", CYCLE, { version: version + 2, answers: [] }))).toBe(
      "conflict.cannot_save",
    );

    expect(await refusalCode(returnAssessment(analyst, "KEN", CYCLE, [{ questionId: "NOPE-01", text: "?" }]))).toBe(
      "validation.comments",
    );
    const returned = await returnAssessment(analyst, "KEN", CYCLE, [{ questionId: q1!.id, text: "Add the decree." }]);
    expect(returned.status).toBe("returned");
    expect((await getAssessment(kenya, "KEN", CYCLE)).comments).toMatchObject([{ questionId: q1!.id }]);
    expect(await refusalCode(validateAssessment(analyst, "KEN", CYCLE))).toBe("conflict.cannot_validate");

    await submitAssessment(kenya, "KEN", CYCLE);
    const validated = await validateAssessment(admin, "KEN", CYCLE);
    expect(validated.status).toBe("validated");
    expect(validated.history.map((h) => h.to)).toEqual(["draft", "submitted", "returned", "submitted", "validated"]);
    expect(await refusalCode(submitAssessment(kenya, "KEN", CYCLE))).toBe("conflict.cannot_submit");
  });

  it("cannot submit or review what was never started", async () => {
    expect(await refusalCode(submitAssessment(brazil, "BRA", CYCLE))).toBe("conflict.not_started");
    expect(await refusalCode(validateAssessment(analyst, "BRA", CYCLE))).toBe("conflict.not_started");
  });
});

describe("importing a file", () => {
  it("writes nothing from a file with any problem, and all of a valid one", async () => {
    const file = (answers: unknown[], iso3 = "BRA") => ({
      schema: EXPORT_SCHEMA,
      iso3,
      cycle: CYCLE,
      framework: { id: CURRENT_FRAMEWORK.id, version: CURRENT_FRAMEWORK.version },
      answers,
    });
    expect(await refusalCode(importAnswers(brazil, "BRA", CYCLE, file(everyAnswer, "KEN")))).toBe(
      "validation.answers_file",
    );
    const oneBad = [...everyAnswer.slice(1), { questionId: q1!.id, value: "not-an-option", evidence: [] }];
    expect(await refusalCode(importAnswers(brazil, "BRA", CYCLE, file(oneBad)))).toBe("validation.answers_file");
    expect((await getAssessment(brazil, "BRA", CYCLE)).status).toBe("not_started");
    const imported = await importAnswers(brazil, "BRA", CYCLE, file(everyAnswer));
    expect(imported.answers).toHaveLength(everyAnswer.length);
    expect(imported.status).toBe("draft");
  });
});

describe("the answer to a save", () => {
  it("is the assessment as a read right after it shows it (built from what was written, not read back)", async () => {
    const ghana = await createActor(db.connection(), "focal_point", "GHA");
    const [a, b, c] = [everyAnswer[5]!, everyAnswer[1]!, everyAnswer[3]!];
    const first = await saveAnswers(ghana, "GHA", CYCLE, { version: 0, answers: [a, { ...b, note: "first" }] });
    expect(first).toEqual(await getAssessment(ghana, "GHA", CYCLE));
    // New answers out of questionnaire order, a changed note: the view lists them in the order a read does.
    const second = await saveAnswers(ghana, "GHA", CYCLE, {
      version: first.version,
      answers: [c, { questionId: b.questionId, value: b.value, note: "second" }],
    });
    expect(second.answers.map((x) => x.questionId)).toEqual([a, b, c].map((x) => x.questionId).sort());
    expect(second).toEqual(await getAssessment(ghana, "GHA", CYCLE));
  });
});
