import type { Framework } from "@/lib/framework/types";
import { formatScoreChange } from "@/lib/results/format";
import { formatScore, type WhatIfResult } from "@/lib/scoring";
import { TierBadge } from "../../states/[iso3]/[cycle]/tier-badge";

/** Where the state stands and where it would stand when every open action is done, by the scoring engine. */
export function ProjectionCard({
  framework,
  projection,
  openActions,
  cycle,
}: {
  framework: Framework;
  projection: WhatIfResult & { questionIds: string[] };
  openActions: number;
  cycle: number;
}) {
  const { before, after } = projection;
  return (
    <section
      aria-labelledby="projection-heading"
      className="card space-y-4 break-inside-avoid"
      data-testid="projection"
    >
      <div className="space-y-1">
        <h2 id="projection-heading" className="text-2xl font-bold text-brand-900 print:text-xl">
          When the open actions are done
        </h2>
        <p className="max-w-3xl text-sm text-muted">
          The {cycle} answers scored as they are, and with the {projection.questionIds.length} question
          {projection.questionIds.length === 1 ? "" : "s"} targeted by the {openActions} open action
          {openActions === 1 ? "" : "s"} at their best answer, with evidence where required.
        </p>
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <dl className="space-y-3">
          <div>
            <dt className="text-xs font-semibold uppercase tracking-wider text-muted">Overall score</dt>
            <dd className="flex flex-wrap items-baseline gap-x-2 tabular-nums">
              <span className="text-xl font-semibold text-muted" data-testid="projection-before">
                {formatScore(before.overall)}
              </span>
              <span aria-label="becomes">→</span>
              <span className="text-3xl font-bold text-brand-900" data-testid="projection-after">
                {formatScore(after.overall)}
              </span>
              <span className="text-sm font-semibold text-ok">{formatScoreChange(after.overall - before.overall)}</span>
            </dd>
          </div>
          <div>
            <dt className="text-xs font-semibold uppercase tracking-wider text-muted">Tier</dt>
            <dd className="flex flex-wrap items-center gap-2 text-sm" data-testid="projection-tier">
              <TierBadge tier={before.tier} className="text-muted" />
              {after.tier.level !== before.tier.level && (
                <>
                  <span aria-label="becomes">→</span>
                  <TierBadge tier={after.tier} />
                </>
              )}
            </dd>
          </div>
        </dl>
        <table className="data-table tabular-nums text-sm">
          <caption className="sr-only">Pillar scores now and when the open actions are done</caption>
          <thead>
            <tr>
              <th scope="col">Pillar</th>
              <th scope="col" className="text-end">
                Now
              </th>
              <th scope="col" className="text-end">
                Planned
              </th>
            </tr>
          </thead>
          <tbody>
            {framework.pillars.map((p) => {
              const was = before.pillars[p.id] ?? 0;
              const will = after.pillars[p.id] ?? 0;
              return (
                <tr key={p.id}>
                  <th scope="row" className="border-b border-line bg-surface font-medium">
                    {p.name}
                  </th>
                  <td className="text-end">{formatScore(was)}</td>
                  <td className={`text-end ${will > was ? "font-semibold text-ok" : ""}`}>{formatScore(will)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
