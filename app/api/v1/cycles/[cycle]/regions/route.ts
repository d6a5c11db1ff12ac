import { listRegionalAverages } from "@/db/queries/analysis";
import { comparisonQuerySchema, cycleParamsSchema } from "@/lib/api/analysis.validation";
import { parseParams, route } from "../../../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true }, async ({ request, params, actor }) => {
  const { cycle } = parseParams(params, cycleParamsSchema);
  const { include } = parseParams(Object.fromEntries(new URL(request.url).searchParams), comparisonQuerySchema);
  return listRegionalAverages(actor, cycle, include);
});
