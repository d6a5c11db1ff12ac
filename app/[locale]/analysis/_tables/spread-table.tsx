import type { RegionSpread } from "@/lib/analysis/spread";
import { formatScore } from "@/lib/scoring";

/** The strip plot as numbers: each region's five-number summary of overall scores. */
export function SpreadTable({ spread, caption }: { spread: RegionSpread[]; caption: string }) {
  const cols = ["min", "q1", "median", "q3", "max"] as const;
  const labels = { min: "Lowest", q1: "Lower quartile", median: "Median", q3: "Upper quartile", max: "Highest" };
  return (
    <table className="data-table">
      <caption className="pb-2 text-start text-xs text-muted">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Region</th>
          <th scope="col" className="text-end">
            States counted
          </th>
          {cols.map((c) => (
            <th key={c} scope="col" className="text-end">
              {labels[c]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {spread.map((r) => (
          <tr key={r.region}>
            <th scope="row" className="border-b bg-transparent font-medium">
              {r.name}
            </th>
            <td className="text-end tabular-nums">{r.summary?.count ?? 0}</td>
            {cols.map((c) => (
              <td key={c} className="text-end tabular-nums">
                {r.summary ? formatScore(r.summary[c]) : "—"}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
