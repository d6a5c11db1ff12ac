import { listRegionalAverages } from "@/server/analysis";
import { comparisonQuerySchema, cycleParamsSchema } from "@/lib/api/analysis.validation";
import { parseParams, route } from "../../../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true, query: comparisonQuerySchema }, async ({ params, query, actor, locale }) => {
  const { cycle } = parseParams(params, cycleParamsSchema, locale);
  return listRegionalAverages(actor, cycle, query.include);
});
