import type { Framework } from "@/lib/framework/types";
import { formatCompletion, formatScoreChange } from "@/lib/results/format";
import { nextTier } from "@/lib/results/tiers";
import { formatScore, type WhatIfResult } from "@/lib/scoring";
import { TierBadge } from "./tier-badge";

/** Before → after of the ticked gaps: overall, tier, completion and each pillar. */
export function WhatIfPanel({
  framework,
  result,
  ticked,
  total,
  children,
}: {
  framework: Framework;
  result: WhatIfResult;
  ticked: number;
  total: number;
  /** What can be done with the ticked gaps (the focal point's "add to the plan"). */
  children?: React.ReactNode;
}) {
  const { before, after } = result;
  const next = nextTier(framework, after.overall);
  const tierChanged = before.tier.level !== after.tier.level;
  return (
    <aside
      aria-labelledby="what-if-heading"
      className="card space-y-4 self-start lg:sticky lg:top-6 print:hidden"
      data-testid="what-if"
    >
      <div className="space-y-1">
        <h3 id="what-if-heading" className="text-lg font-semibold">
          What if these gaps were closed?
        </h3>
        <p className="text-sm text-muted">
          Tick gaps in the list to see the scores you would reach with the best answer, and evidence where it is
          required. Nothing is saved until you add the ticked gaps to the action plan.
        </p>
      </div>
      <div aria-live="polite" className="space-y-4">
        <p className="text-sm font-semibold" data-testid="what-if-count">
          {ticked === 0 ? "No gap ticked yet" : `${ticked} of ${total} gaps ticked`}
        </p>
        <dl className="space-y-3">
          <div>
            <dt className="text-xs font-semibold uppercase tracking-wider text-muted">Overall score</dt>
            <dd className="flex flex-wrap items-baseline gap-x-2 tabular-nums">
              <span className="text-xl font-semibold text-muted" data-testid="what-if-before">
                {formatScore(before.overall)}
              </span>
              <span aria-label="becomes">→</span>
              <span className="text-3xl font-bold text-brand-900" data-testid="what-if-after">
                {formatScore(after.overall)}
              </span>
              <span
                className={`text-sm font-semibold ${after.overall > before.overall ? "text-ok" : "text-muted"}`}
                data-testid="what-if-change"
              >
                {formatScoreChange(after.overall - before.overall)}
              </span>
            </dd>
          </div>
          <div>
            <dt className="text-xs font-semibold uppercase tracking-wider text-muted">Tier</dt>
            <dd className="space-y-1 text-sm" data-testid="what-if-tier">
              {tierChanged ? (
                <>
                  <TierBadge tier={before.tier} className="text-muted" />
                  <span className="block" aria-label="becomes">
                    ↓
                  </span>
                  <TierBadge tier={after.tier} />
                </>
              ) : (
                <TierBadge tier={after.tier} />
              )}
            </dd>
            {next && (
              <dd className="mt-1 text-xs text-muted">
                {formatScore(next.points)} more points to Tier {next.tier.level} · {next.tier.name}
              </dd>
            )}
          </div>
          <div>
            <dt className="text-xs font-semibold uppercase tracking-wider text-muted">Questions answered</dt>
            <dd className="text-sm tabular-nums">
              {formatCompletion(before.completion)} → {formatCompletion(after.completion)}
            </dd>
          </div>
        </dl>
        <table className="data-table tabular-nums text-xs" data-testid="what-if-pillars">
          <caption className="mb-1 text-start text-xs font-semibold uppercase tracking-wider text-muted">
            Pillar scores, now and after
          </caption>
          <thead>
            <tr>
              <th scope="col">Pillar</th>
              <th scope="col" className="text-end">
                Now
              </th>
              <th scope="col" className="text-end">
                After
              </th>
            </tr>
          </thead>
          <tbody>
            {framework.pillars.map((p) => {
              const was = before.pillars[p.id] ?? 0;
              const will = after.pillars[p.id] ?? 0;
              return (
                <tr key={p.id} data-item={p.id}>
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
      {children}
    </aside>
  );
}
