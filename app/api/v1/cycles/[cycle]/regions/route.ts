import { listRegionalAverages } from "@/server/analysis";
import { comparisonQuerySchema, cycleParamsSchema } from "@/lib/api/analysis.validation";
import { parseParams, parseQuery, route } from "../../../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true }, async ({ request, params, actor, locale }) => {
  const { cycle } = parseParams(params, cycleParamsSchema, locale);
  const { include } = parseQuery(request, comparisonQuerySchema);
  return listRegionalAverages(actor, cycle, include);
});
