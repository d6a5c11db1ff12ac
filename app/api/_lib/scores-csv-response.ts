import type { StateScoreRow } from "@/server/analysis";
import { scoresToCsv } from "@/lib/analysis/scores-csv";
import { CURRENT_FRAMEWORK } from "@/lib/framework";

export function scoresCsvResponse(rows: StateScoreRow[], cycle: number) {
  const csv = scoresToCsv(
    rows,
    CURRENT_FRAMEWORK.pillars.map((p) => p.id),
    CURRENT_FRAMEWORK.outcomes.map((o) => o.id),
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="res45-scores-${cycle}.csv"`,
    },
  });
}
