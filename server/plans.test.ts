import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { cycles } from "@/db/schema/index";
import { currentCycleYear } from "@/db/seed/reference";
import type { Actor } from "@/lib/assessment/actor";
import { CURRENT_FRAMEWORK, bestOption } from "@/lib/framework";
import { localizeFramework } from "@/lib/framework/i18n/localize";
import { suggestedTitle } from "@/lib/plan/actions";
import type { NewAction } from "@/lib/plan/plan.validation";
import { getAssessment, saveAnswers, submitAssessment } from "./assessments";
import {
  assertPlanReadable,
  createActionsFromGaps,
  createPlanActions,
  getPlan,
  listActionsForBdt,
  listActionsOfState,
  listPlanActions,
  updatePlanAction,
} from "./plans";
import { createActor, refusal, refusalCode, useServiceDatabase } from "./testing/service-database";

const db = useServiceDatabase();
const CYCLE = currentCycleYear();
const [q1, q2, q3] = CURRENT_FRAMEWORK.questions;

const newAction = (overrides: Partial<NewAction> = {}): NewAction => ({
  questionId: q1!.id,
  title: "Adopt a cybercrime law",
  owner: "Ministry of Justice",
  targetDate: "2027-06-30",
  priority: "high",
  status: "planned",
  ...overrides,
});
const gaps = (questionIds: string[]) => ({
  questionIds,
  owner: "Ministry of ICT",
  targetDate: "2027-12-31",
  priority: "medium" as const,
});

/** Kenya's newest assessment is submitted (shared with BDT); Brazil's is a draft; India has none. */
let kenya: Actor;
let brazil: Actor;
let analyst: Actor;
let admin: Actor;

beforeAll(async () => {
  kenya = await createActor(db.connection(), "focal_point", "KEN");
  brazil = await createActor(db.connection(), "focal_point", "BRA");
  analyst = await createActor(db.connection(), "analyst");
  admin = await createActor(db.connection(), "admin");
});

describe("the cycle an action belongs to", () => {
  it("refuses to make an action while there is no cycle", async () => {
    const { db: database } = db.connection();
    await database.delete(cycles).where(eq(cycles.year, CYCLE));
    try {
      expect(await refusalCode(createPlanActions(kenya, "KEN", [newAction()]))).toBe("conflict.no_cycle");
      expect(await refusalCode(createActionsFromGaps(kenya, "KEN", gaps([q1!.id])))).toBe("conflict.no_cycle");
    } finally {
      await database.insert(cycles).values({ year: CYCLE, status: "open" });
    }
  });
});

describe("setting up", () => {
  it("has Kenya's assessment submitted and Brazil's in draft", async () => {
    const everyAnswer = CURRENT_FRAMEWORK.questions.map((q) => ({
      questionId: q.id,
      value: bestOption(q).value,
      evidence: ["https://gov.example/evidence"],
    }));
    await saveAnswers(kenya, "KEN", CYCLE, { version: 0, answers: everyAnswer });
    expect((await submitAssessment(kenya, "KEN", CYCLE)).status).toBe("submitted");
    await saveAnswers(brazil, "BRA", CYCLE, { version: 0, answers: everyAnswer.slice(0, 1) });
  });
});

describe("who may change a plan", () => {
  it("lets only the state's own focal points add actions, one by one or from gaps", async () => {
    for (const actor of [analyst, admin]) {
      expect(await refusalCode(createPlanActions(actor, "KEN", [newAction()]))).toBe("forbidden.focal_point_only");
      expect(await refusalCode(createActionsFromGaps(actor, "KEN", gaps([q1!.id])))).toBe("forbidden.focal_point_only");
    }
    expect(await refusalCode(createPlanActions(brazil, "KEN", [newAction()]))).toBe("forbidden.other_state");
    expect(await refusalCode(createActionsFromGaps(brazil, "KEN", gaps([q1!.id])))).toBe("forbidden.other_state");
    expect(await listActionsOfState(kenya, "KEN")).toEqual([]);
  });

  it("lets only the state's own focal points change an action", async () => {
    const [action] = await createPlanActions(kenya, "KEN", [newAction()]);
    const patch = { version: action!.version, status: "done" as const };
    expect(await refusalCode(updatePlanAction(analyst, "KEN", action!.id, patch))).toBe("forbidden.focal_point_only");
    expect(await refusalCode(updatePlanAction(admin, "KEN", action!.id, patch))).toBe("forbidden.focal_point_only");
    expect(await refusalCode(updatePlanAction(brazil, "KEN", action!.id, patch))).toBe("forbidden.other_state");
    // Naming one's own state does not reach another state's action.
    expect(await refusalCode(updatePlanAction(brazil, "BRA", action!.id, patch))).toBe("not_found.action");
    expect((await listActionsOfState(kenya, "KEN")).find((a) => a.id === action!.id)?.status).toBe("planned");
  });
});

describe("who may read a plan", () => {
  // Thunks, so that each read starts only when it is awaited: a refusal
  // never goes unhandled while an earlier read is still being checked.
  const reads = (actor: Actor, iso3: string) => [
    () => listPlanActions(actor, iso3),
    () => listActionsOfState(actor, iso3),
    () => getPlan(actor, iso3),
    () => assertPlanReadable(actor, iso3),
  ];

  it("lets a focal point read their own state's plan, never another's", async () => {
    await Promise.all(reads(kenya, "KEN").map((read) => read()));
    await Promise.all(reads(brazil, "BRA").map((read) => read()));
    for (const read of reads(brazil, "KEN")) expect(await refusalCode(read())).toBe("forbidden.other_state");
  });

  it("lets BDT read a plan while the state's newest assessment is shared, not while it is a draft", async () => {
    for (const actor of [analyst, admin]) {
      expect((await listPlanActions(actor, "KEN")).length).toBeGreaterThan(0);
      await assertPlanReadable(actor, "KEN");
      for (const read of reads(actor, "BRA")) expect(await refusalCode(read())).toBe("forbidden.plan_draft");
      // A state that has not started has no shared assessment either.
      for (const read of reads(actor, "IND")) expect(await refusalCode(read())).toBe("forbidden.plan_draft");
    }
  });

  it("answers 404 for an unknown state", async () => {
    for (const read of reads(analyst, "XXX")) expect(await refusalCode(read())).toBe("not_found.member_state");
  });

  it("shows the plan editable to its focal points only", async () => {
    expect((await getPlan(kenya, "KEN")).canEdit).toBe(true);
    expect((await getPlan(analyst, "KEN")).canEdit).toBe(false);
  });

  it("gives BDT's regional view only the plans BDT may read", async () => {
    await createPlanActions(brazil, "BRA", [newAction()]);
    expect(await refusalCode(listActionsForBdt(kenya))).toBe("forbidden.bdt_only");
    for (const actor of [analyst, admin]) {
      const states = new Set((await listActionsForBdt(actor)).map((a) => a.iso3));
      expect(states.has("KEN")).toBe(true);
      expect(states.has("BRA")).toBe(false);
    }
  });
});

describe("making actions", () => {
  it("starts the plan from the newest assessment and records the cycle and the clause", async () => {
    const plan = await getPlan(kenya, "KEN");
    expect(plan.base).toMatchObject({ cycle: CYCLE, status: "submitted" });
    expect(plan.base!.answers).toHaveLength(CURRENT_FRAMEWORK.questions.length);
    expect(plan.currentCycle).toBe(CYCLE);
    const [made] = await createPlanActions(kenya, "KEN", [newAction({ questionId: q2!.id })]);
    expect(made).toMatchObject({ createdCycle: CYCLE, clause: q2!.recommendation.clause, version: 1 });
    expect(made!.history).toEqual([
      expect.objectContaining({
        field: "created",
        by: kenya.name,
        to: expect.objectContaining({ questionId: q2!.id }),
      }),
    ]);
  });

  it("refuses a question the questionnaire does not have, naming the field, and adds none of the batch", async () => {
    const before = (await listActionsOfState(kenya, "KEN")).length;
    const one = await refusal(createPlanActions(kenya, "KEN", [newAction({ questionId: "ZZZ-ZZ-99" })]));
    expect(one.code).toBe("validation.unknown_questions");
    expect(one.problems.map((p) => p.path)).toEqual([["questionId"]]);
    const batch = await refusal(createPlanActions(kenya, "KEN", [newAction(), newAction({ questionId: "ZZZ-ZZ-99" })]));
    expect(batch.problems.map((p) => [p.path, p.code])).toEqual([[[1, "questionId"], "validation.unknown_question"]]);
    const fromGaps = await refusal(createActionsFromGaps(kenya, "KEN", gaps([q1!.id, "ZZZ-ZZ-98"])));
    expect(fromGaps.problems.map((p) => p.path)).toEqual([["questionIds", 1]]);
    expect(await listActionsOfState(kenya, "KEN")).toHaveLength(before);
  });

  it("titles actions made from gaps with the recommended action, in the focal point's language", async () => {
    const made = await createActionsFromGaps(kenya, "KEN", gaps([q3!.id]), "fr");
    const french = suggestedTitle(localizeFramework(CURRENT_FRAMEWORK, "fr"), q3!.id, "fr");
    expect(french).not.toBe(suggestedTitle(CURRENT_FRAMEWORK, q3!.id));
    expect(made).toEqual([
      expect.objectContaining({ questionId: q3!.id, title: french, owner: "Ministry of ICT", status: "planned" }),
    ]);
  });

  it("titles an evidence-only gap (best answer, required evidence missing) 'Add the evidence', not the action", async () => {
    const question = CURRENT_FRAMEWORK.questions.find((q) => q.evidenceRequired && q.id !== q1!.id)!;
    const { version } = await getAssessment(brazil, "BRA", CYCLE);
    const best = { questionId: question.id, value: bestOption(question).value, evidence: [] };
    await saveAnswers(brazil, "BRA", CYCLE, { version, answers: [best] });
    const [made] = await createActionsFromGaps(brazil, "BRA", gaps([question.id]));
    expect(made!.title).toBe(`Add the evidence: ${question.guidance}`);
    expect(made!.title).toBe(suggestedTitle(CURRENT_FRAMEWORK, question.id, "en", [best]));
    expect(made!.title).not.toBe(suggestedTitle(CURRENT_FRAMEWORK, question.id));
  });
});

describe("changing an action against its version", () => {
  it("records each changed field, and refuses a stale version with the current one", async () => {
    const [action] = await createPlanActions(kenya, "KEN", [newAction({ owner: "Justice" })]);
    const changed = await updatePlanAction(kenya, "KEN", action!.id, {
      version: 1,
      owner: "Parliament",
      status: "in_progress",
      title: action!.title,
    });
    expect(changed).toMatchObject({ version: 2, owner: "Parliament", status: "in_progress" });
    expect(changed.history.slice(1).map((e) => [e.field, e.from, e.to])).toEqual([
      ["owner", "Justice", "Parliament"],
      ["status", "planned", "in_progress"],
    ]);
    const stale = await refusal(updatePlanAction(kenya, "KEN", action!.id, { version: 1, status: "done" }));
    expect(stale.code).toBe("conflict.action_version");
    expect(stale.currentVersion).toBe(2);
    expect((await listPlanActions(kenya, "KEN")).find((a) => a.id === action!.id)).toMatchObject({
      version: 2,
      status: "in_progress",
    });
  });

  it("answers a change that changes nothing with the action as it is", async () => {
    const [action] = await createPlanActions(kenya, "KEN", [newAction({ priority: "low" })]);
    const same = await updatePlanAction(kenya, "KEN", action!.id, { version: 1, priority: "low" });
    expect(same).toMatchObject({ version: 1, priority: "low" });
    expect(same.history).toHaveLength(1);
  });

  it("answers 404 for an action the plan does not have", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    expect(await refusalCode(updatePlanAction(kenya, "KEN", missing, { version: 1, status: "done" }))).toBe(
      "not_found.action",
    );
  });
});

describe("filters", () => {
  it("lists the plan filtered by status and priority", async () => {
    const all = await listPlanActions(kenya, "KEN");
    const filtered = await listPlanActions(kenya, "KEN", { status: "planned", priority: "high" });
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    expect(filtered.every((a) => a.status === "planned" && a.priority === "high")).toBe(true);
  });
});
