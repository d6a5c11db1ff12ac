import "server-only";
import type { AnswerReview } from "@/lib/validation/dialogue";
import { getReviews } from "./validation";
import { findMemberState, listScoresWithStatus } from "@/db/queries/analysis";
import { listActionRowsOfState } from "@/db/queries/plans";
import { findLatestEarlierAssessment, findLatestStatus, loadScoredAnswers } from "@/db/queries/results";
import { getDb } from "@/db/transaction";
import { groupAverage, type AverageScores } from "@/lib/analysis/averages";
import type { Actor } from "@/lib/assessment/actor";
import type { AssessmentView } from "@/lib/assessment/view";
import { comparableAnswers, frameworkOf } from "@/lib/framework";
import type { Framework } from "@/lib/framework/types";
import type { PlanAction } from "@/lib/plan/actions";
import { actionEffects, type ActionEffect } from "@/lib/plan/projection";
import { regionName } from "@/lib/reference/regions";
import { scoringAnswers } from "@/lib/evidence/document";
import { listGaps, type Gap, type ScoreResult } from "@/lib/scoring";
import { canReadPlan, hidesSmallGroupAverages, isFocalPointOf } from "./access";
import { getAssessment } from "./assessments";

export type { AverageScores } from "@/lib/analysis/averages";

export interface ResultsView {
  /** The state's assessment in the cycle, read with the authorization of `getAssessment`. */
  assessment: AssessmentView;
  /** The questionnaire version the assessment was answered under. */
  framework: Framework;
  state: { iso3: string; name: string; region: string; regionName: string };
  /**
   * The state's scores in the latest earlier cycle whose assessment was validated, and the questionnaire
   * version it was answered with; null if none. Scores compare across versions (out of 100, same pillars).
   */
  previous: { cycle: number; framework: string; scores: ScoreResult } | null;
  /** Plain mean of the stored scores of the region's validated assessments in this cycle; null if none. */
  regionAverage: AverageScores | null;
  /** The assessment's gaps, largest shortfall first. */
  gaps: Gap[];
  /** The answers as scored: an answer's documents count as its evidence, as its links do. */
  scoredAnswers: AssessmentView["answers"];
  /** The answers BDT reviewed (a thread of at least one step), for the report's annex. */
  reviewed: AnswerReview[];
  /**
   * The state's action plan, when the reader may see it: its actions, and how much
   * each action made in an earlier cycle moved this cycle's score (against `previous`).
   */
  plan: { canEdit: boolean; actions: PlanAction[]; effects: ActionEffect[] } | null;
}

/** The results page compares with validated assessments only: BDT has checked them. */
const COMPARED = ["validated"] as const;

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
  const state = await findMemberState(db, iso3);
  if (!state) throw new Error(`Member State ${iso3} vanished while its results were read`);

  const [previous, regionRows, latestStatus, reviews] = await Promise.all([
    findLatestEarlierAssessment(db, iso3, cycle, "validated"),
    listScoresWithStatus(db, cycle, COMPARED, state.region),
    findLatestStatus(db, iso3),
    getReviews(actor, iso3, cycle),
  ]);
  // The plan follows the state's newest assessment: BDT does not see it while that one is a draft.
  const plan = canReadPlan(actor, iso3, latestStatus ?? "not_started") ? await listActionRowsOfState(db, iso3) : null;
  // Question by question only where the crosswalk maps a question, if the earlier cycle used another version.
  const earlier =
    plan && previous
      ? comparableAnswers(framework, previous.frameworkId, await loadScoredAnswers(db, previous.id))
      : undefined;
  const scored = scoringAnswers(assessment.answers, assessment.documents);
  return {
    assessment,
    framework,
    state: { ...state, regionName: regionName(state.region) },
    previous: previous ? { cycle: previous.cycle, framework: previous.frameworkId, scores: previous.scores } : null,
    // The same module and rule as /api/v1/cycles/{cycle}/regions (listRegionalAverages).
    regionAverage: groupAverage(
      regionRows,
      { pillars: framework.pillars.map((p) => p.id), outcomes: framework.outcomes.map((o) => o.id) },
      hidesSmallGroupAverages(actor),
    ),
    gaps: listGaps(framework, scored),
    scoredAnswers: scored,
    reviewed: reviews.items.filter((r) => r.steps.length > 0),
    plan: plan && {
      canEdit: isFocalPointOf(actor, iso3),
      actions: plan,
      effects: earlier ? actionEffects(framework, cycle, scored, earlier.answers, plan, earlier.questionIds) : [],
    },
  };
}
