import "server-only";
import { listStatesWithStatus } from "@/db/queries/review";
import { getDb } from "@/db/transaction";
import type { Actor } from "@/lib/assessment/actor";
import { isSharedWithBdt } from "@/lib/assessment/sharing";
import type { AssessmentStatus } from "@/lib/assessment/status";
import { assertBdt } from "./access";

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
  assertBdt(actor);
  const rows = await listStatesWithStatus(await getDb(), cycle);
  return rows.map(({ iso3, name, region, assessment: a }) => {
    const status = a?.status ?? "not_started";
    const shared = a !== null && isSharedWithBdt(status) ? a : null;
    return {
      iso3,
      name,
      region,
      status,
      completion: a?.completion ?? 0,
      overall: shared ? shared.overall : null,
      tier: shared ? `Tier ${shared.tierLevel} · ${shared.tierName}` : null,
      submittedAt: a?.submittedAt?.toISOString() ?? null,
    };
  });
}
