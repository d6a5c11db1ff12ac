import "server-only";
import { and, desc, eq, lt } from "drizzle-orm";
import type { Actor } from "@/lib/assessment/actor";
import type { Framework } from "@/lib/framework/types";
import { regionName } from "@/lib/reference/regions";
import { MIN_STATES_FOR_FOCAL_POINTS } from "@/lib/analysis/averages";
import { averageScores, type AverageScores } from "@/lib/results/averages";
import { listGaps, type Gap, type ScoreResult } from "@/lib/scoring";
import type { PlanAction } from "@/lib/plan/actions";
import { actionEffects, type ActionEffect } from "@/lib/plan/projection";
import { getDb } from "../index";
import { answers, assessments, memberStates } from "../schema/index";
import { findLatestAssessment, listActionRowsOfState } from "./plans";
import { frameworkOf } from "@/lib/framework";
import { getAssessment } from "@/server/assessments";
import { canReadPlan } from "@/server/access";
import type { AssessmentView } from "@/lib/assessment/view";

export interface ResultsView {
  /** The state's assessment in the cycle, read with the authorization of `getAssessment`. */
  assessment: AssessmentView;
  /** The questionnaire version the assessment was answered under. */
  framework: Framework;
  state: { iso3: string; name: string; region: string; regionName: string };
  /** The state's scores in the latest earlier cycle whose assessment was validated; null if none. */
  previous: { cycle: number; scores: ScoreResult } | null;
  /** Plain mean of the stored scores of the region's validated assessments in this cycle; null if none. */
  regionAverage: AverageScores | null;
  /** The assessment's gaps, largest shortfall first. */
  gaps: Gap[];
  /**
   * The state's action plan, when the reader may see it: its actions, and how much
   * each action made in an earlier cycle moved this cycle's score (against `previous`).
   */
  plan: { canEdit: boolean; actions: PlanAction[]; effects: ActionEffect[] } | null;
}

/**
 * Everything the results page and the country report show for one state in one
 * cycle. The assessment is read first, through `getAssessment`, so whoever may
 * not read it gets its 403 or 404 before anything else is read. The comparisons
 * use stored scores only (validated assessments, which BDT has already checked),
 * and a region's average reveals no single state's answers.
 */
export async function getResults(actor: Actor, iso3: string, cycle: number): Promise<ResultsView> {
  const assessment = await getAssessment(actor, iso3, cycle);
  const framework = frameworkOf(assessment.framework);
  const db = await getDb();
  const [state] = await db
    .select({ name: memberStates.nameEn, region: memberStates.region })
    .from(memberStates)
    .where(eq(memberStates.iso3, iso3));
  if (!state) throw new Error(`Member State ${iso3} vanished while its results were read`);

  const [previousRows, regionRows] = await Promise.all([
    db
      .select({
        id: assessments.id,
        cycle: assessments.cycle,
        overall: assessments.overall,
        tierLevel: assessments.tierLevel,
        tierName: assessments.tierName,
        pillars: assessments.pillarScores,
        outcomes: assessments.outcomeScores,
        completion: assessments.completion,
      })
      .from(assessments)
      .where(and(eq(assessments.iso3, iso3), lt(assessments.cycle, cycle), eq(assessments.status, "validated")))
      .orderBy(desc(assessments.cycle))
      .limit(1),
    db
      .select({
        overall: assessments.overall,
        pillars: assessments.pillarScores,
        outcomes: assessments.outcomeScores,
      })
      .from(assessments)
      .innerJoin(memberStates, eq(memberStates.iso3, assessments.iso3))
      .where(
        and(eq(assessments.cycle, cycle), eq(assessments.status, "validated"), eq(memberStates.region, state.region)),
      ),
  ]);

  const previous = previousRows[0];
  const plan = await readablePlan(actor, iso3);
  const previousAnswers =
    plan && previous
      ? await db
          .select({ questionId: answers.questionId, value: answers.value, evidence: answers.evidence })
          .from(answers)
          .where(eq(answers.assessmentId, previous.id))
      : [];
  return {
    assessment,
    framework,
    state: { iso3, name: state.name, region: state.region, regionName: regionName(state.region) },
    previous: previous
      ? {
          cycle: previous.cycle,
          scores: {
            overall: previous.overall,
            tier: { level: previous.tierLevel, name: previous.tierName },
            pillars: previous.pillars,
            outcomes: previous.outcomes,
            completion: previous.completion,
          },
        }
      : null,
    // The same rule as /api/v1/cycles/{cycle}/regions: a focal point sees no average of fewer than
    // three states, so that no single state's score can be inferred.
    regionAverage:
      actor.role === "focal_point" && regionRows.length < MIN_STATES_FOR_FOCAL_POINTS
        ? null
        : averageScores(regionRows, {
            pillars: framework.pillars.map((p) => p.id),
            outcomes: framework.outcomes.map((o) => o.id),
          }),
    gaps: listGaps(framework, assessment.answers),
    plan: plan && {
      canEdit: actor.role === "focal_point" && actor.memberStateIso3 === iso3,
      actions: plan,
      effects: previous ? actionEffects(framework, cycle, assessment.answers, previousAnswers, plan) : [],
    },
  };
}

/** The state's actions, or null where the reader may not see the plan (BDT while the latest assessment is a draft). */
async function readablePlan(actor: Actor, iso3: string): Promise<PlanAction[] | null> {
  const db = await getDb();
  const latest = await findLatestAssessment(db, iso3);
  return canReadPlan(actor, iso3, latest?.status ?? "not_started") ? listActionRowsOfState(db, iso3) : null;
}
