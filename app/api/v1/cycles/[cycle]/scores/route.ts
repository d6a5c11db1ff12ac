import { readCycleScores, type Tagged } from "@/server/analysis";
import { cycleParamsSchema } from "@/lib/api/analysis.validation";
import { markDemoRecord } from "@/lib/demo/marker";
import { conditionalResponse } from "../../../../_lib/conditional";
import { parseParams, route } from "../../../../_lib/route";
import { scoresCsvResponse } from "../../../../_lib/scores-csv-response";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true }, async ({ request, params, actor, locale }) => {
  const { cycle } = parseParams(params, cycleParamsSchema, locale);
  const scores = await readCycleScores(actor, cycle);
  if ((request.headers.get("accept") ?? "").includes("text/csv")) {
    // The CSV is another representation of the same data: it gets a tag of its own.
    const csv: Tagged<typeof scores.value> = { ...scores, etag: scores.etag.replace(/"$/, '-csv"') };
    return conditionalResponse(
      request,
      csv,
      ({ rows, demo }) => scoresCsvResponse(rows, cycle, demo),
      "Cookie, Accept",
    );
  }
  return conditionalResponse(
    request,
    scores,
    ({ rows, demo }) =>
      rows.map(({ iso3, region, status, scoreKind, overall, tier, pillars, outcomes }) =>
        markDemoRecord({ iso3, region, status, scoreKind, overall, tier, pillars, outcomes }, demo),
      ),
    "Cookie, Accept",
  );
});
