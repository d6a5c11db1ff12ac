import { assertCanEditPlan } from "@/server/access";
import { updatePlanAction } from "@/server/plans";
import { actionParamsSchema, actionPatchSchema } from "@/lib/plan/plan.validation";
import { parseParams, readJsonBody, route } from "../../../../../_lib/route";

export const dynamic = "force-dynamic";

export const PATCH = route({ auth: true }, async ({ request, params, actor, locale }) => {
  const { iso3, id } = parseParams(params, actionParamsSchema, locale);
  // Who may not change the plan hears so before the body is read.
  assertCanEditPlan(actor, iso3);
  const patch = await readJsonBody(request, actionPatchSchema);
  return updatePlanAction(actor, iso3, id, patch);
});
