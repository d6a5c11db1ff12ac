/** INTERIM (issue 14, being removed): the data modules not yet moved to `server/` use the access module from here. */
export {
  assertBdt,
  assertCanEditAnswers,
  assertCanEditPlan,
  assertCanReadAssessment,
  assertCanReadPlan,
} from "@/lib/assessment/access";
export { isSharedWithBdt } from "@/lib/assessment/sharing";
import type { Actor } from "@/lib/assessment/actor";
import { assertAdmin, assertBdt } from "@/lib/assessment/access";

export function assertRole(actor: Actor, roles: readonly Actor["role"][], _what: string): void {
  if (roles.length === 1 && roles[0] === "admin") assertAdmin(actor);
  else assertBdt(actor);
}
