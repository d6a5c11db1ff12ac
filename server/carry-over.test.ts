import { beforeAll, describe, expect, it } from "vitest";
import { currentCycleYear } from "@/db/seed/reference";
import type { Actor } from "@/lib/assessment/actor";
import type { AssessmentAnswer } from "@/lib/assessment/view";
import { CROSSWALK_V1_V2 } from "@/lib/framework/crosswalk";
import { CURRENT_FRAMEWORK, RES45_BA2017_V1, RES45_BA2017_V2 } from "@/lib/framework";
import { scoreAssessment } from "@/lib/scoring";
import { getAssessment, listAuditTrail, openAssessmentForEditing, saveAnswers } from "./assessments";
import { addCycle, createActor, insertAnsweredAssessment, useServiceDatabase } from "./testing/service-database";

const db = useServiceDatabase();
const CYCLE = currentCycleYear();
const CLOSED = CYCLE - 1;
const V1 = RES45_BA2017_V1.id;
const V2 = RES45_BA2017_V2.id;
const NEW_IN_V2 = CROSSWALK_V1_V2.filter((e) => e.from === null).map((e) => e.to);

/** A v1 draft with mapped answers (evidence and notes), one whose value does not decide v2, one unanswered. */
const V1_ANSWERS: AssessmentAnswer[] = [
  { questionId: "ORG-STR-01", value: "adopted", evidence: ["https://gov.example/strategy"], note: "Adopted 2023" },
  { questionId: "CAP-AWR-01", value: "older", evidence: ["https://gov.example/campaign"], note: "" },
  { questionId: "LEG-CYB-01", value: "yes", evidence: ["https://gov.example/law"], note: "Act 12" },
  { questionId: "COP-PPP-01", value: "no", evidence: [], note: "" },
];

let ghana: Actor;
let kenya: Actor;
let analyst: Actor;

beforeAll(async () => {
  ghana = await createActor(db.connection(), "focal_point", "GHA");
  kenya = await createActor(db.connection(), "focal_point", "KEN");
  analyst = await createActor(db.connection(), "analyst");
  await addCycle(db.connection(), CLOSED, "closed");
});

describe("a draft begun on v1, opened for editing in the open cycle", () => {
  it("moves to v2 in one step, keeping every mapped answer with its evidence and note", async () => {
    expect(CURRENT_FRAMEWORK.id).toBe(V2);
    await insertAnsweredAssessment(db.connection(), {
      iso3: "GHA",
      cycle: CYCLE,
      status: "draft",
      framework: RES45_BA2017_V1,
      answers: V1_ANSWERS,
    });
    const before = await getAssessment(ghana, "GHA", CYCLE);
    expect(before.framework).toBe(V1);

    const { view, carryOver } = await openAssessmentForEditing(ghana, "GHA", CYCLE);
    expect(view.framework).toBe(V2);
    expect(view.version).toBe(before.version + 1);
    const byId = Object.fromEntries(view.answers.map((a) => [a.questionId, a]));
    expect(byId["ORG-STR-01"]).toEqual({
      questionId: "ORG-STR-01",
      value: "in-force",
      evidence: ["https://gov.example/strategy"],
      note: "Adopted 2023",
    });
    expect(byId["CAP-AWR-01"]).toMatchObject({ value: "earlier", evidence: ["https://gov.example/campaign"] });
    expect(byId["COP-PPP-01"]?.value).toBe("none");
    // v1 "yes" does not say which offences: the value waits for an answer, the evidence and note stay.
    expect(byId["LEG-CYB-01"]).toMatchObject({ value: null, evidence: ["https://gov.example/law"], note: "Act 12" });
    // The stored scores are v2's scores of the carried answers.
    expect(view.scores).toEqual(scoreAssessment(RES45_BA2017_V2, view.answers));

    expect(carryOver).toMatchObject({ from: V1, newQuestions: NEW_IN_V2, toReanswer: ["LEG-CYB-01"] });
    // Reading it again neither moves it again nor loses the list; a saved answer drops off the list.
    const again = await openAssessmentForEditing(ghana, "GHA", CYCLE);
    expect(again.view.version).toBe(view.version);
    expect(again.carryOver?.newQuestions).toEqual(NEW_IN_V2);
    const first = RES45_BA2017_V2.questions.find((q) => q.id === NEW_IN_V2[0])!;
    await saveAnswers(ghana, "GHA", CYCLE, {
      version: view.version,
      answers: [{ questionId: first.id, value: first.options[0]!.value, evidence: ["https://gov.example/x"] }],
    });
    expect((await openAssessmentForEditing(ghana, "GHA", CYCLE)).carryOver?.newQuestions).toEqual(NEW_IN_V2.slice(1));
  });

  it("records the move and every changed answer in the audit trail", async () => {
    const trail = await listAuditTrail(ghana, "GHA", CYCLE);
    expect(trail).toContainEqual(expect.objectContaining({ field: "framework", oldValue: V1, newValue: V2 }));
    expect(trail).toContainEqual(
      expect.objectContaining({ field: "value", questionId: "ORG-STR-01", oldValue: "adopted", newValue: "in-force" }),
    );
    expect(trail).toContainEqual(
      expect.objectContaining({ field: "value", questionId: "LEG-CYB-01", oldValue: "yes", newValue: null }),
    );
    // Evidence and notes were kept, so no change of them is recorded for the carried answers.
    const carried = new Set(V1_ANSWERS.map((a) => a.questionId));
    expect(trail.filter((e) => (e.field === "evidence" || e.field === "note") && carried.has(e.questionId!))).toEqual(
      [],
    );
  });

  it("moves a returned assessment too, but not a submitted one, one of a closed cycle, or for another reader", async () => {
    await insertAnsweredAssessment(db.connection(), {
      iso3: "KEN",
      cycle: CYCLE,
      status: "returned",
      framework: RES45_BA2017_V1,
      answers: V1_ANSWERS,
    });
    // BDT reads a returned assessment as it is: only its own focal point's opening moves it.
    expect((await openAssessmentForEditing(analyst, "KEN", CYCLE)).view.framework).toBe(V1);
    expect((await openAssessmentForEditing(analyst, "KEN", CYCLE)).carryOver).toBeNull();
    expect((await openAssessmentForEditing(kenya, "KEN", CYCLE)).view.framework).toBe(V2);

    for (const [iso3, cycle, status] of [
      ["NGA", CYCLE, "submitted"],
      ["SEN", CLOSED, "draft"],
    ] as const) {
      const focal = await createActor(db.connection(), "focal_point", iso3);
      await insertAnsweredAssessment(db.connection(), {
        iso3,
        cycle,
        status,
        framework: RES45_BA2017_V1,
        answers: V1_ANSWERS,
      });
      const { view, carryOver } = await openAssessmentForEditing(focal, iso3, cycle);
      const stored = [...V1_ANSWERS].sort((a, b) => a.questionId.localeCompare(b.questionId));
      expect([iso3, view.framework, view.answers]).toEqual([iso3, V1, stored]);
      expect(carryOver).toBeNull();
    }
  });

  it("leaves a draft begun on v2 as it is, with no notice", async () => {
    const eg = await createActor(db.connection(), "focal_point", "EGY");
    await saveAnswers(eg, "EGY", CYCLE, { version: 0, answers: [{ questionId: "ORG-STR-01", value: "in-force" }] });
    const { view, carryOver } = await openAssessmentForEditing(eg, "EGY", CYCLE);
    expect(view).toMatchObject({ framework: V2, version: 1 });
    expect(carryOver).toBeNull();
  });

  it("reads a not-started assessment of a closed cycle with the version that cycle was answered with", async () => {
    // The closed cycle holds Senegal's v1 draft (above); the open cycle reads with the current version.
    expect((await getAssessment(analyst, "MLI", CLOSED)).framework).toBe(V1);
    expect((await getAssessment(analyst, "MLI", CYCLE)).framework).toBe(V2);
  });
});
