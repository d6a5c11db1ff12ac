import { readPublicCycle } from "@/server/publication";
import { cycleParamsSchema } from "@/lib/api/analysis.validation";
import { conditionalResponse } from "../../../../../_lib/conditional";
import { parseParams, route } from "../../../../../_lib/route";
import { publicScoresCsvResponse } from "../../../../../_lib/scores-csv-response";

export const dynamic = "force-dynamic";

export const GET = route(async ({ request, params, locale }) => {
  const { cycle } = parseParams(params, cycleParamsSchema, locale);
  return conditionalResponse(request, await readPublicCycle(cycle), publicScoresCsvResponse, "Accept", "public");
});
