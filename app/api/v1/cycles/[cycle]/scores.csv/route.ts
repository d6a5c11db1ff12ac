import { readCycleScores } from "@/server/analysis";
import { cycleParamsSchema } from "@/lib/api/analysis.validation";
import { conditionalResponse } from "../../../../_lib/conditional";
import { parseParams, route } from "../../../../_lib/route";
import { scoresCsvResponse } from "../../../../_lib/scores-csv-response";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true }, async ({ request, params, actor, locale }) => {
  const { cycle } = parseParams(params, cycleParamsSchema, locale);
  return conditionalResponse(request, await readCycleScores(actor, cycle), ({ rows, demo }) =>
    scoresCsvResponse(rows, cycle, demo),
  );
});
