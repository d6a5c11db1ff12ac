import type { StateScoreRow } from "@/server/analysis";
import type { PublicCycle } from "@/server/publication";
import { scoresToCsv } from "@/lib/analysis/scores-csv";
import { markDemoCsv } from "@/lib/demo/marker";
import { CURRENT_FRAMEWORK } from "@/lib/framework";
import { memberStateName } from "@/lib/reference";

function csvResponse(csv: string, filename: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
    },
  });
}

function scoresCsv(rows: StateScoreRow[], demo: boolean): string {
  return markDemoCsv(
    scoresToCsv(
      rows,
      CURRENT_FRAMEWORK.pillars.map((p) => p.id),
      CURRENT_FRAMEWORK.outcomes.map((o) => o.id),
    ),
    demo,
  );
}

export function scoresCsvResponse(rows: StateScoreRow[], cycle: number, demo: boolean) {
  return csvResponse(scoresCsv(rows, demo), `res45-scores-${cycle}.csv`);
}

/**
 * A published cycle's open data as CSV: the consenting states' validated scores in the columns of BDT's
 * export, after two comment lines naming the licence and the questionnaire versions.
 */
export function publicScoresCsvResponse({ cycle, states, licence, methodology, demo }: PublicCycle): Response {
  const rows: StateScoreRow[] = states.map((s) => ({
    ...s,
    name: memberStateName(s.iso3, "en"),
    status: "validated",
    scoreKind: "validated",
    completion: 1,
  }));
  const versions = methodology.questionnaires.map((q) => `${q.id} (${q.version})`).join(", ");
  const head = `# Licence: ${licence.name} (${licence.id}), ${licence.url}\n# Methodology: questionnaire ${versions}; ${methodology.document}\n`;
  return csvResponse(head + scoresCsv(rows, demo), `res45-open-data-${cycle}.csv`);
}
