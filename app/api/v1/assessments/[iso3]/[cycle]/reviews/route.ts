import { getReviews } from "@/server/validation";
import { assessmentParamsSchema } from "@/lib/api/assessments.validation";
import { parseParams, route } from "../../../../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true }, async ({ params, actor, locale }) => {
  const { iso3, cycle } = parseParams(params, assessmentParamsSchema, locale);
  return getReviews(actor, iso3, cycle);
});
