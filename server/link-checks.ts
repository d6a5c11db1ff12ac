import "server-only";
import { listLinkChecks } from "@/db/queries/link-checks";
import { getDb } from "@/db/transaction";
import type { Actor } from "@/lib/assessment/actor";
import type { AssessmentView } from "@/lib/assessment/view";
import type { LinkCheck } from "@/lib/evidence/link-check";
import { getAssessment } from "./assessments";

/**
 * What the link checker found for each evidence URL of an assessment already read with its access rule
 * (a page that holds the view); URLs not probed yet are left out.
 */
export async function listLinkChecksOfView(view: AssessmentView): Promise<LinkCheck[]> {
  const urls = [...new Set(view.answers.flatMap((a) => a.evidence))];
  return listLinkChecks(await getDb(), urls);
}

/** The same for whoever may read the assessment (its 403 and 404 first). */
export async function listLinkChecksOfAssessment(actor: Actor, iso3: string, cycle: number): Promise<LinkCheck[]> {
  return listLinkChecksOfView(await getAssessment(actor, iso3, cycle));
}
