import { listCycleScores } from "@/server/analysis";
import { cycleParamsSchema } from "@/lib/api/analysis.validation";
import { parseParams, route } from "../../../../_lib/route";
import { scoresCsvResponse } from "../../../../_lib/scores-csv-response";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true }, async ({ request, params, actor, locale }) => {
  const { cycle } = parseParams(params, cycleParamsSchema, locale);
  const rows = await listCycleScores(actor, cycle);
  if ((request.headers.get("accept") ?? "").includes("text/csv")) return scoresCsvResponse(rows, cycle);
  return rows.map(({ iso3, region, status, overall, tier, pillars, outcomes }) => ({
    iso3,
    region,
    status,
    overall,
    tier,
    pillars,
    outcomes,
  }));
});
