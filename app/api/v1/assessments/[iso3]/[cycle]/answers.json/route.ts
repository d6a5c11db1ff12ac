import { NextResponse } from "next/server";
import { getAssessment } from "@/server/assessments";
import { frameworkOf } from "@/lib/framework";
import { assessmentParamsSchema } from "@/lib/api/assessments.validation";
import { toAssessmentFile } from "@/lib/assessment/exchange";
import { markDemoRecord } from "@/lib/demo/marker";
import { hasDemoData } from "@/server/demo-data";
import { parseParams, route } from "../../../../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true }, async ({ params, actor, locale }) => {
  const { iso3, cycle } = parseParams(params, assessmentParamsSchema, locale);
  const view = await getAssessment(actor, iso3, cycle);
  return NextResponse.json(markDemoRecord(toAssessmentFile(frameworkOf(view.framework), view), await hasDemoData()), {
    headers: { "Content-Disposition": `attachment; filename="res45-${iso3}-${cycle}-answers.json"` },
  });
});
