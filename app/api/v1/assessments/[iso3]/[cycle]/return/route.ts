import { returnAssessment } from "@/server/assessments";
import { assessmentParamsSchema, returnRequestSchema } from "@/lib/api/assessments.validation";
import { parseParams, readJsonBody, route } from "../../../../../_lib/route";

export const dynamic = "force-dynamic";

export const POST = route({ auth: true }, async ({ request, params, actor, locale }) => {
  const { iso3, cycle } = parseParams(params, assessmentParamsSchema, locale);
  const { comments } = await readJsonBody(request, returnRequestSchema);
  return returnAssessment(actor, iso3, cycle, comments);
});
