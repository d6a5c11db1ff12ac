import { beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { currentCycleYear } from "@/db/seed/reference";
import { auditLog, reviewSteps } from "@/db/schema/index";
import type { Actor } from "@/lib/assessment/actor";
import { CURRENT_FRAMEWORK, bestOption } from "@/lib/framework";
import { createActor, refusal, refusalCode, useServiceDatabase } from "./testing/service-database";
import {
  getAssessment,
  listAuditTrail,
  returnAssessment,
  saveAnswers,
  submitAssessment,
  validateAssessment,
} from "./assessments";
import { listCycleScores } from "./analysis";
import { getReviews, replyToReview, reviewAnswer } from "./validation";

const db = useServiceDatabase();
const CYCLE = currentCycleYear();
const [queried, proposed, accepted] = CURRENT_FRAMEWORK.questions;
const evidenced = CURRENT_FRAMEWORK.questions.find((q) => q.evidenceRequired)!;

let kenya: Actor;
let brazil: Actor;
let analyst: Actor;
let admin: Actor;

/** Every question answered with its best option, with a link as evidence: the self-assessed score is 100. */
async function submitFullAssessment(actor: Actor, iso3: string) {
  await saveAnswers(actor, iso3, CYCLE, {
    version: (await getAssessment(actor, iso3, CYCLE)).version,
    answers: CURRENT_FRAMEWORK.questions.map((q) => ({
      questionId: q.id,
      value: bestOption(q).value,
      evidence: q.id === evidenced.id ? [] : ["https://example.gov/law"],
    })),
  });
  return submitAssessment(actor, iso3, CYCLE);
}

const otherOption = (q: typeof proposed) => q!.options.find((o) => o.value !== bestOption(q!).value)!.value;

beforeAll(async () => {
  kenya = await createActor(db.connection(), "focal_point", "KEN");
  brazil = await createActor(db.connection(), "focal_point", "BRA");
  analyst = await createActor(db.connection(), "analyst");
  admin = await createActor(db.connection(), "admin");
});

describe("the validation dialogue", () => {
  it("runs only while the assessment is submitted", async () => {
    await saveAnswers(kenya, "KEN", CYCLE, {
      version: 0,
      answers: [{ questionId: queried!.id, value: bestOption(queried!).value }],
    });
    expect(await refusalCode(reviewAnswer(analyst, "KEN", CYCLE, queried!.id, { decision: "accept" }))).toBe(
      "conflict.not_in_review",
    );
    // A draft stays with its state: BDT does not read its dialogue either.
    expect(await refusalCode(getReviews(analyst, "KEN", CYCLE))).toBe("forbidden.draft");
  });

  it("lets BDT decide and the state reply, and refuses everyone else", async () => {
    await submitFullAssessment(kenya, "KEN");
    expect(await refusalCode(reviewAnswer(kenya, "KEN", CYCLE, queried!.id, { decision: "accept" }))).toBe(
      "forbidden.bdt_only",
    );
    expect(
      await refusalCode(replyToReview(analyst, "KEN", CYCLE, queried!.id, { comment: "x", acceptProposal: false })),
    ).toBe("forbidden.focal_point_only");
    expect(
      await refusalCode(replyToReview(brazil, "KEN", CYCLE, queried!.id, { comment: "x", acceptProposal: false })),
    ).toBe("forbidden.other_state");
    expect(await refusalCode(getReviews(brazil, "KEN", CYCLE))).toBe("forbidden.other_state");
    expect(await refusalCode(reviewAnswer(analyst, "KEN", CYCLE, queried!.id, { decision: "query" }))).toBe(
      "validation.review_comment",
    );
    expect(await refusalCode(reviewAnswer(analyst, "KEN", CYCLE, "NO-SUCH-Q", { decision: "accept" }))).toBe(
      "validation.unknown_question",
    );
    expect(
      await refusalCode(
        reviewAnswer(analyst, "KEN", CYCLE, proposed!.id, {
          decision: "propose",
          comment: "why",
          proposedValue: "nonsense",
        }),
      ),
    ).toBe("validation.proposed_option");
    expect(
      await refusalCode(
        reviewAnswer(analyst, "KEN", CYCLE, proposed!.id, {
          decision: "propose",
          comment: "why",
          proposedValue: bestOption(proposed!).value,
        }),
      ),
    ).toBe("validation.proposal_unchanged");
    // Nothing refused was written.
    const [count] = await db
      .connection()
      .db.select({ n: sql<number>`count(*)::int` })
      .from(reviewSteps);
    expect(Number(count!.n)).toBe(0);

    await reviewAnswer(analyst, "KEN", CYCLE, queried!.id, { decision: "query", comment: "Which decree?" });
    await reviewAnswer(admin, "KEN", CYCLE, accepted!.id, { decision: "accept" });
    const view = await reviewAnswer(analyst, "KEN", CYCLE, proposed!.id, {
      decision: "propose",
      comment: "The strategy is a draft",
      proposedValue: otherOption(proposed),
    });
    expect(view.openQuestionIds).toEqual([queried!.id, proposed!.id]);
    expect(view.progress).toEqual({ reviewed: 3, total: CURRENT_FRAMEWORK.questions.length });
    expect(await refusalCode(reviewAnswer(analyst, "KEN", CYCLE, accepted!.id, { decision: "accept" }))).toBe(
      "conflict.review_step",
    );
    // The state reads the same dialogue.
    const read = await getReviews(kenya, "KEN", CYCLE);
    expect(read.items.find((i) => i.questionId === proposed!.id)).toMatchObject({
      state: "proposed",
      proposedValue: otherOption(proposed),
    });
  });

  it("refuses validation while a query or proposal is open, naming the questions", async () => {
    const refused = await refusal(validateAssessment(analyst, "KEN", CYCLE));
    expect(refused.code).toBe("conflict.open_queries");
    expect(refused.status).toBe(409);
    expect(refused.details).toEqual({ questionIds: [queried!.id, proposed!.id] });
    expect((await getAssessment(kenya, "KEN", CYCLE)).status).toBe("submitted");
  });

  it("accepting a proposal changes the answer as a save does: audit, scores, version", async () => {
    const before = await getAssessment(kenya, "KEN", CYCLE);
    expect(
      await refusalCode(replyToReview(kenya, "KEN", CYCLE, queried!.id, { comment: "ok", acceptProposal: true })),
    ).toBe("conflict.review_step");
    await replyToReview(kenya, "KEN", CYCLE, queried!.id, { comment: "Decree 12/2024", acceptProposal: false });
    const view = await replyToReview(kenya, "KEN", CYCLE, proposed!.id, { comment: "Agreed", acceptProposal: true });
    expect(view.items.find((i) => i.questionId === proposed!.id)!.state).toBe("accepted");
    expect(view.items.find((i) => i.questionId === queried!.id)!.state).toBe("answered");
    const after = await getAssessment(kenya, "KEN", CYCLE);
    expect(after.version).toBe(before.version + 1);
    expect(after.answers.find((a) => a.questionId === proposed!.id)!.value).toBe(otherOption(proposed));
    expect(after.scores.overall).toBeLessThan(before.scores.overall);
    const trail = await listAuditTrail(kenya, "KEN", CYCLE);
    expect(trail.find((e) => e.field === "value" && e.questionId === proposed!.id)).toMatchObject({
      oldValue: bestOption(proposed!).value,
      newValue: otherOption(proposed),
    });
    expect(trail.filter((e) => e.field === "review").length).toBe(5);
    // Still open: the reply is back with BDT.
    expect((await refusal(validateAssessment(analyst, "KEN", CYCLE))).details).toEqual({ questionIds: [queried!.id] });
  });

  it("validates once settled, storing the validated score beside the self-assessed one", async () => {
    await reviewAnswer(analyst, "KEN", CYCLE, queried!.id, { decision: "accept" });
    const validated = await validateAssessment(analyst, "KEN", CYCLE);
    expect(validated.status).toBe("validated");
    // The evidence-required answer without evidence earns half self-assessed, nothing validated.
    expect(validated.validatedScores).not.toBeNull();
    expect(validated.validatedScores!.overall).toBeLessThan(validated.scores.overall);
    expect(validated.validatedScores!.completion).toBe(validated.scores.completion);
    // Comparisons and exports show the validated score now, and say so.
    const row = (await listCycleScores(analyst, CYCLE)).find((r) => r.iso3 === "KEN")!;
    expect(row).toMatchObject({ scoreKind: "validated", overall: validated.validatedScores!.overall });
    const reviews = await getReviews(analyst, "KEN", CYCLE);
    expect(reviews.openQuestionIds).toEqual([]);
    expect(reviews.items.every((i) => i.state === "accepted")).toBe(true);
    expect(
      await refusalCode(replyToReview(kenya, "KEN", CYCLE, queried!.id, { comment: "late", acceptProposal: false })),
    ).toBe("conflict.not_in_review");
  });

  it("keeps the dialogue append-only", async () => {
    const { db: d } = db.connection();
    await expect(d.delete(reviewSteps)).rejects.toThrow();
    await expect(d.update(reviewSteps).set({ comment: "changed" })).rejects.toThrow();
    const [entry] = await d.select().from(auditLog).where(eq(auditLog.field, "review")).limit(1);
    expect(entry).toBeDefined();
  });

  it("lets the state reply to an open query after a return, and keeps its thread", async () => {
    await submitFullAssessment(brazil, "BRA");
    await reviewAnswer(analyst, "BRA", CYCLE, queried!.id, { decision: "query", comment: "Source?" });
    await returnAssessment(analyst, "BRA", CYCLE, [{ questionId: queried!.id, text: "See the query" }]);
    const view = await replyToReview(brazil, "BRA", CYCLE, queried!.id, {
      comment: "Linked now",
      acceptProposal: false,
    });
    expect(view.items.find((i) => i.questionId === queried!.id)!.steps.map((s) => s.step)).toEqual(["query", "reply"]);
    expect(await refusalCode(reviewAnswer(analyst, "BRA", CYCLE, queried!.id, { decision: "accept" }))).toBe(
      "conflict.not_in_review",
    );
  });
});
