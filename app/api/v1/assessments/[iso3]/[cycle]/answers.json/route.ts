import { NextResponse } from "next/server";
import { frameworkOf, getAssessment } from "@/db/queries/assessments";
import { assessmentParamsSchema } from "@/lib/api/assessments.validation";
import { toAssessmentFile } from "@/lib/assessment/exchange";
import { parseParams, route } from "../../../../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true }, async ({ params, actor }) => {
  const { iso3, cycle } = parseParams(params, assessmentParamsSchema);
  const view = await getAssessment(actor, iso3, cycle);
  return NextResponse.json(toAssessmentFile(frameworkOf(view.framework), view), {
    headers: { "Content-Disposition": `attachment; filename="res45-${iso3}-${cycle}-answers.json"` },
  });
});
