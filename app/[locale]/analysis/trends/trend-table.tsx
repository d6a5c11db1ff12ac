import Link from "next/link";
import type { TrendPoint } from "@/lib/analysis/trends";
import type { Dimension } from "@/lib/analysis/types";
import { STATUS_LABELS } from "@/lib/assessment/status";
import { formatScore } from "@/lib/scoring";

function score(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : formatScore(value);
}

/** A trend chart's numbers: a row per cycle, with the count (region) or the status (state) of each. */
export function TrendTable({
  caption,
  points,
  pillars,
  kind,
  iso3,
}: {
  caption: string;
  points: TrendPoint[];
  pillars: Dimension[];
  kind: "region" | "state";
  /** For a state: links each cycle to its results. */
  iso3?: string;
}) {
  return (
    <table className="data-table">
      <caption className="pb-2 text-start text-xs text-muted">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Cycle</th>
          <th scope="col" className={kind === "region" ? "text-end" : ""}>
            {kind === "region" ? "States counted" : "Status"}
          </th>
          <th scope="col" className="text-end">
            Overall
          </th>
          {pillars.map((p) => (
            <th key={p.id} scope="col" className="text-end">
              {p.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.cycle}>
            <th scope="row" className="border-b bg-transparent font-medium">
              {iso3 && p.values.overall !== null ? <Link href={`/states/${iso3}/${p.cycle}`}>{p.cycle}</Link> : p.cycle}
            </th>
            <td className={kind === "region" ? "text-end tabular-nums" : ""}>
              {kind === "region" ? (p.counted ?? 0) : p.status ? STATUS_LABELS[p.status] : "—"}
            </td>
            <td className="text-end font-semibold tabular-nums">{score(p.values.overall)}</td>
            {pillars.map((d) => (
              <td key={d.id} className="text-end tabular-nums">
                {score(p.values[d.id])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
