import { submitAssessment } from "@/server/assessments";
import { assessmentParamsSchema } from "@/lib/api/assessments.validation";
import { parseParams, route } from "../../../../../_lib/route";

export const dynamic = "force-dynamic";

export const POST = route({ auth: true }, async ({ params, actor, locale }) => {
  const { iso3, cycle } = parseParams(params, assessmentParamsSchema, locale);
  return submitAssessment(actor, iso3, cycle);
});
