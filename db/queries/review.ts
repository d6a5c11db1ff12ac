import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { AssessmentStatus } from "@/lib/assessment/status";
import { assessments, memberStates } from "../schema/index";
import type { Executor } from "../transaction";

export interface ReviewQueueRow {
  iso3: string;
  name: string;
  region: string;
  /** Null when the state has not started its assessment of the cycle. */
  assessment: {
    status: AssessmentStatus;
    completion: number;
    overall: number;
    tierLevel: number;
    tierName: string;
    submittedAt: Date | null;
  } | null;
}

/** Every Member State, by English name, with its assessment's status and stored scores in the cycle (if any). */
export async function listStatesWithStatus(ex: Executor, cycle: number): Promise<ReviewQueueRow[]> {
  const rows = await ex
    .select({
      iso3: memberStates.iso3,
      name: memberStates.nameEn,
      region: memberStates.region,
      assessment: {
        status: assessments.status,
        completion: assessments.completion,
        overall: assessments.overall,
        tierLevel: assessments.tierLevel,
        tierName: assessments.tierName,
        submittedAt: assessments.submittedAt,
      },
    })
    .from(memberStates)
    .leftJoin(assessments, and(eq(assessments.iso3, memberStates.iso3), eq(assessments.cycle, cycle)))
    .orderBy(asc(memberStates.nameEn));
  return rows.map((r) => ({
    ...r,
    assessment: r.assessment && { ...r.assessment, status: r.assessment.status as AssessmentStatus },
  }));
}
