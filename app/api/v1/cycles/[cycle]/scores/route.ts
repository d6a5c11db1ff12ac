import { listCycleScores } from "@/server/analysis";
import { cycleParamsSchema } from "@/lib/api/analysis.validation";
import { markDemoRecord } from "@/lib/demo/marker";
import { hasDemoData } from "@/server/demo-data";
import { parseParams, route } from "../../../../_lib/route";
import { scoresCsvResponse } from "../../../../_lib/scores-csv-response";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true }, async ({ request, params, actor, locale }) => {
  const { cycle } = parseParams(params, cycleParamsSchema, locale);
  const [rows, demo] = await Promise.all([listCycleScores(actor, cycle), hasDemoData()]);
  if ((request.headers.get("accept") ?? "").includes("text/csv")) return scoresCsvResponse(rows, cycle, demo);
  return rows.map(({ iso3, region, status, scoreKind, overall, tier, pillars, outcomes }) =>
    markDemoRecord({ iso3, region, status, scoreKind, overall, tier, pillars, outcomes }, demo),
  );
});
