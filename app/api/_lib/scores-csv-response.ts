import type { StateScoreRow } from "@/server/analysis";
import { scoresToCsv } from "@/lib/analysis/scores-csv";
import { markDemoCsv } from "@/lib/demo/marker";
import { CURRENT_FRAMEWORK } from "@/lib/framework";

export function scoresCsvResponse(rows: StateScoreRow[], cycle: number, demo: boolean) {
  const csv = markDemoCsv(
    scoresToCsv(
      rows,
      CURRENT_FRAMEWORK.pillars.map((p) => p.id),
      CURRENT_FRAMEWORK.outcomes.map((o) => o.id),
    ),
    demo,
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="res45-scores-${cycle}.csv"`,
    },
  });
}
