import { readPublicCycle, type PublicCycle } from "@/server/publication";
import type { Tagged } from "@/server/cycle-stamp";
import { cycleParamsSchema } from "@/lib/api/analysis.validation";
import { markDemoRecord } from "@/lib/demo/marker";
import { conditionalResponse } from "../../../../../_lib/conditional";
import { parseParams, route } from "../../../../../_lib/route";
import { publicScoresCsvResponse } from "../../../../../_lib/scores-csv-response";

export const dynamic = "force-dynamic";

/** Open data: no sign-in; only a published cycle's consenting states (404 before the date). */
export const GET = route(async ({ request, params, locale }) => {
  const { cycle } = parseParams(params, cycleParamsSchema, locale);
  const data = await readPublicCycle(cycle);
  if ((request.headers.get("accept") ?? "").includes("text/csv")) {
    const csv: Tagged<PublicCycle> = { ...data, etag: data.etag.replace(/"$/, '-csv"') };
    return conditionalResponse(request, csv, publicScoresCsvResponse, "Accept", "public");
  }
  return conditionalResponse(request, data, ({ demo, ...rest }) => markDemoRecord(rest, demo), "Accept", "public");
});
