import { returnAssessment } from "@/db/queries/assessments";
import { assessmentParamsSchema, returnRequestSchema } from "@/lib/api/assessments.validation";
import { parseParams, readJsonBody, route } from "../../../../../_lib/route";

export const dynamic = "force-dynamic";

export const POST = route({ auth: true }, async ({ request, params, actor }) => {
  const { iso3, cycle } = parseParams(params, assessmentParamsSchema);
  const { comments } = await readJsonBody(request, returnRequestSchema);
  return returnAssessment(actor, iso3, cycle, comments);
});
