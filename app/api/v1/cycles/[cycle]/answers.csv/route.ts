import { frameworkOf } from "@/lib/framework";
import { listCycleAnswers } from "@/server/analysis";
import { cycleParamsSchema } from "@/lib/api/analysis.validation";
import { cycleAnswersToCsv } from "@/lib/analysis/cycle-answers-csv";
import { markDemoCsv } from "@/lib/demo/marker";
import { hasDemoData } from "@/server/demo-data";
import { parseParams, route } from "../../../../_lib/route";

export const dynamic = "force-dynamic";

/** Every answer of the cycle's submitted, returned and validated assessments, one row per state and question. */
export const GET = route({ auth: true }, async ({ params, actor, locale }) => {
  const { cycle } = parseParams(params, cycleParamsSchema, locale);
  const rows = await listCycleAnswers(actor, cycle);
  const csv = markDemoCsv(
    cycleAnswersToCsv(rows.map((r) => ({ ...r, framework: frameworkOf(r.frameworkId) }))),
    await hasDemoData(),
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="res45-answers-${cycle}.csv"`,
    },
  });
});
