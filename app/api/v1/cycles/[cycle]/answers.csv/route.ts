import { readCycleAnswersCsv } from "@/server/analysis";
import { cycleParamsSchema } from "@/lib/api/analysis.validation";
import { conditionalResponse } from "../../../../_lib/conditional";
import { parseParams, route } from "../../../../_lib/route";

export const dynamic = "force-dynamic";

/** Every answer of the cycle's submitted, returned and validated assessments, one row per state and question. */
export const GET = route({ auth: true }, async ({ request, params, actor, locale }) => {
  const { cycle } = parseParams(params, cycleParamsSchema, locale);
  return conditionalResponse(
    request,
    await readCycleAnswersCsv(actor, cycle),
    (csv) =>
      new Response(csv, {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="res45-answers-${cycle}.csv"`,
        },
      }),
  );
});
