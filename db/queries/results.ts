import "server-only";
import { and, desc, eq, lt } from "drizzle-orm";
import type { AssessmentStatus } from "@/lib/assessment/status";
import type { ScoreResult } from "@/lib/scoring";
import { storedScores, storedValidatedScores } from "../score-columns";
import { answers, assessments } from "../schema/index";
import type { Executor } from "../transaction";

/**
 * The state's scores in its latest cycle before `cycle` whose assessment has the status given: the validated
 * score where BDT stored one (as every comparison shows it, lib/analysis/score-kind.ts), else the self-assessed.
 */
export async function findLatestEarlierAssessment(
  ex: Executor,
  iso3: string,
  cycle: number,
  status: AssessmentStatus,
): Promise<{ id: string; cycle: number; frameworkId: string; scores: ScoreResult } | undefined> {
  const [row] = await ex
    .select()
    .from(assessments)
    .where(and(eq(assessments.iso3, iso3), lt(assessments.cycle, cycle), eq(assessments.status, status)))
    .orderBy(desc(assessments.cycle))
    .limit(1);
  return (
    row && {
      id: row.id,
      cycle: row.cycle,
      frameworkId: row.frameworkId,
      scores: storedValidatedScores(row) ?? storedScores(row),
    }
  );
}

/** The status of the state's assessment in its newest cycle; undefined before its first assessment. */
export async function findLatestStatus(ex: Executor, iso3: string): Promise<AssessmentStatus | undefined> {
  const [row] = await ex
    .select({ status: assessments.status })
    .from(assessments)
    .where(eq(assessments.iso3, iso3))
    .orderBy(desc(assessments.cycle))
    .limit(1);
  return row?.status as AssessmentStatus | undefined;
}

/** An assessment's answers as the scoring engine reads them (no notes). */
export async function loadScoredAnswers(
  ex: Executor,
  assessmentId: string,
): Promise<{ questionId: string; value: string | null; evidence: string[] }[]> {
  return ex
    .select({ questionId: answers.questionId, value: answers.value, evidence: answers.evidence })
    .from(answers)
    .where(eq(answers.assessmentId, assessmentId));
}
