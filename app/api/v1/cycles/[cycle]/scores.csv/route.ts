import { listCycleScores } from "@/server/analysis";
import { cycleParamsSchema } from "@/lib/api/analysis.validation";
import { hasDemoData } from "@/server/demo-data";
import { parseParams, route } from "../../../../_lib/route";
import { scoresCsvResponse } from "../../../../_lib/scores-csv-response";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true }, async ({ params, actor, locale }) => {
  const { cycle } = parseParams(params, cycleParamsSchema, locale);
  return scoresCsvResponse(await listCycleScores(actor, cycle), cycle, await hasDemoData());
});
