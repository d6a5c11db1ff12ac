import { submitAssessment } from "@/db/queries/assessments";
import { assessmentParamsSchema } from "@/lib/api/assessments.validation";
import { parseParams, route } from "../../../../../_lib/route";

export const dynamic = "force-dynamic";

export const POST = route({ auth: true }, async ({ params, actor }) => {
  const { iso3, cycle } = parseParams(params, assessmentParamsSchema);
  return submitAssessment(actor, iso3, cycle);
});
