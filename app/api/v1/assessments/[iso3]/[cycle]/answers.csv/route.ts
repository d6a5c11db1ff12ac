import { getAssessment } from "@/server/assessments";
import { frameworkOf } from "@/lib/framework";
import { assessmentParamsSchema } from "@/lib/api/assessments.validation";
import { answersToCsv } from "@/lib/assessment/exchange";
import { markDemoCsv } from "@/lib/demo/marker";
import { hasDemoData } from "@/server/demo-data";
import { parseParams, route } from "../../../../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true }, async ({ params, actor, locale }) => {
  const { iso3, cycle } = parseParams(params, assessmentParamsSchema, locale);
  const view = await getAssessment(actor, iso3, cycle);
  const csv = markDemoCsv(answersToCsv(frameworkOf(view.framework), view.answers), await hasDemoData());
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="res45-${iso3}-${cycle}-answers.csv"`,
    },
  });
});
