import { updatePlanAction } from "@/db/queries/plans";
import { actionParamsSchema, actionPatchSchema } from "@/lib/plan/plan.validation";
import { parseParams, readJsonBody, route } from "../../../../../_lib/route";

export const dynamic = "force-dynamic";

export const PATCH = route({ auth: true }, async ({ request, params, actor, locale }) => {
  const { iso3, id } = parseParams(params, actionParamsSchema, locale);
  const patch = await readJsonBody(request, actionPatchSchema);
  return updatePlanAction(actor, iso3, id, patch);
});
