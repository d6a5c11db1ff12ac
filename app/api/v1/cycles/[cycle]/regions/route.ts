import { readRegionalAverages } from "@/server/analysis";
import { comparisonQuerySchema, cycleParamsSchema } from "@/lib/api/analysis.validation";
import { conditionalResponse } from "../../../../_lib/conditional";
import { parseParams, route } from "../../../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route(
  { auth: true, query: comparisonQuerySchema },
  async ({ request, params, query, actor, locale }) => {
    const { cycle } = parseParams(params, cycleParamsSchema, locale);
    return conditionalResponse(request, await readRegionalAverages(actor, cycle, query.include), (figures) => figures);
  },
);
