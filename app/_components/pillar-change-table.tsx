import type { Framework } from "@/lib/framework/types";
import { formatScore, type ScoreResult } from "@/lib/scoring";
import { TableHead } from "@/app/_components/table-head";

/** Each pillar's score before and after a change (what-if, plan projection); a rise is marked. */
export function PillarChangeTable({
  framework,
  before,
  after,
  locale,
  labels,
  className = "",
  captionClassName = "sr-only",
  testId,
}: {
  framework: Framework;
  before: Pick<ScoreResult, "pillars">;
  after: Pick<ScoreResult, "pillars">;
  locale: string;
  labels: { caption: string; pillar: string; before: string; after: string };
  className?: string;
  captionClassName?: string;
  testId?: string;
}) {
  return (
    <table className={`data-table tabular-nums ${className}`} data-testid={testId}>
      <caption className={captionClassName}>{labels.caption}</caption>
      <TableHead
        columns={[
          { label: labels.pillar },
          { label: labels.before, className: "text-end" },
          { label: labels.after, className: "text-end" },
        ]}
      />
      <tbody>
        {framework.pillars.map((p) => {
          const was = before.pillars[p.id] ?? 0;
          const will = after.pillars[p.id] ?? 0;
          return (
            <tr key={p.id} data-item={p.id}>
              <th scope="row" className="border-b border-line bg-surface font-medium">
                {p.name}
              </th>
              <td className="text-end">{formatScore(was, locale)}</td>
              <td className={`text-end ${will > was ? "font-semibold text-ok" : ""}`}>{formatScore(will, locale)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
