import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Actor } from "@/lib/assessment/actor";
import type { AssessmentStatus } from "@/lib/assessment/status";
import { assertRole } from "../authorization";
import { getDb } from "../index";
import { assessments, memberStates } from "../schema/index";

export interface ReviewRow {
  iso3: string;
  name: string;
  region: string;
  status: AssessmentStatus;
  completion: number;
  /** Scores of drafts stay with their state: null until submitted. */
  overall: number | null;
  tier: string | null;
  submittedAt: string | null;
}

/** Every Member State's assessment status in a cycle, for BDT's review queue. */
export async function listReviewQueue(actor: Actor, cycle: number): Promise<ReviewRow[]> {
  assertRole(actor, ["analyst", "admin"], "see the review queue");
  const db = await getDb();
  const rows = await db
    .select({
      iso3: memberStates.iso3,
      name: memberStates.nameEn,
      region: memberStates.region,
      status: assessments.status,
      completion: assessments.completion,
      overall: assessments.overall,
      tierName: assessments.tierName,
      tierLevel: assessments.tierLevel,
      submittedAt: assessments.submittedAt,
    })
    .from(memberStates)
    .leftJoin(assessments, and(eq(assessments.iso3, memberStates.iso3), eq(assessments.cycle, cycle)))
    .orderBy(asc(memberStates.nameEn));
  return rows.map((r) => {
    const status = (r.status ?? "not_started") as AssessmentStatus;
    const shared = status !== "draft" && status !== "not_started";
    return {
      iso3: r.iso3,
      name: r.name,
      region: r.region,
      status,
      completion: r.completion ?? 0,
      overall: shared ? (r.overall ?? 0) : null,
      tier: shared ? `Tier ${r.tierLevel} · ${r.tierName}` : null,
      submittedAt: r.submittedAt?.toISOString() ?? null,
    };
  });
}
