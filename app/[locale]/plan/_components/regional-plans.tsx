import Link from "next/link";
import type { RegionalAction } from "@/db/queries/plans";
import { clauseById, clauseCitation } from "@/lib/framework";
import { summarizeRegionalPlans, summarizeStatePlans } from "@/lib/plan/regional";
import { regionName } from "@/lib/reference/regions";

const TOP_CLAUSES = 5;

/**
 * BDT's view of the plans: per region, the clauses most states are working on
 * and the overdue actions (where assistance may be needed), then every state
 * whose plan BDT may read.
 */
export function RegionalPlans({ actions, today }: { actions: RegionalAction[]; today: string }) {
  const regions = summarizeRegionalPlans(actions, today);
  const states = summarizeStatePlans(actions, today);
  return (
    <div className="space-y-8" data-testid="regional-plans">
      <header className="space-y-2">
        <p className="eyebrow">Action plans · BDT</p>
        <h1 className="text-display font-bold">What Member States are working on</h1>
        <p className="max-w-3xl text-muted">
          The open actions of the plans BDT may read (those of states whose latest assessment has been submitted), by
          region: the Resolution 45 clauses most states are working on, and the actions past their target date, to plan
          BDT assistance.
        </p>
      </header>
      {regions.length === 0 ? (
        <p className="card text-muted">No submitted plan has any action yet.</p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          {regions.map((r) => (
            <section
              key={r.region}
              aria-labelledby={`region-${r.region}`}
              className="card space-y-3"
              data-region={r.region}
            >
              <div>
                <h2 id={`region-${r.region}`} className="text-xl font-bold text-brand-900">
                  {regionName(r.region)}
                </h2>
                <p className="text-sm text-muted">
                  {r.states} state{r.states === 1 ? "" : "s"} with a plan · {r.openActions} open action
                  {r.openActions === 1 ? "" : "s"} ·{" "}
                  <span
                    className={r.overdueActions > 0 ? "font-semibold text-danger" : ""}
                    data-testid="region-overdue"
                  >
                    {r.overdueActions} overdue
                  </span>
                </p>
              </div>
              {r.clauses.length > 0 && (
                <table className="data-table text-sm">
                  <caption className="sr-only">
                    Clauses with the most states working on them in {regionName(r.region)}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Clause</th>
                      <th scope="col" className="text-end">
                        States
                      </th>
                      <th scope="col" className="text-end">
                        Overdue
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.clauses.slice(0, TOP_CLAUSES).map((c) => (
                      <tr key={c.clause} data-clause={c.clause}>
                        <td>
                          <span className="font-medium">{clauseCitation(c.clause) ?? c.clause}</span>
                          <span className="block text-xs text-muted">{clauseById(c.clause)?.summary}</span>
                        </td>
                        <td className="text-end tabular-nums">{c.states}</td>
                        <td className={`text-end tabular-nums ${c.overdue > 0 ? "text-danger" : ""}`}>{c.overdue}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          ))}
        </div>
      )}
      {states.length > 0 && (
        <section aria-labelledby="state-plans-heading" className="space-y-3">
          <h2 id="state-plans-heading" className="text-2xl font-bold text-brand-900">
            Plans of Member States
          </h2>
          <table className="data-table text-sm" data-testid="state-plans">
            <caption className="sr-only">Member States with an action plan BDT may read, most overdue first</caption>
            <thead>
              <tr>
                <th scope="col">Member State</th>
                <th scope="col">Region</th>
                <th scope="col" className="text-end">
                  Open
                </th>
                <th scope="col" className="text-end">
                  Overdue
                </th>
                <th scope="col" className="text-end">
                  Done
                </th>
              </tr>
            </thead>
            <tbody>
              {states.map((s) => (
                <tr key={s.iso3} data-state={s.iso3}>
                  <td>
                    <Link href={`/states/${s.iso3}/plan`}>{s.name}</Link>
                  </td>
                  <td>{regionName(s.region)}</td>
                  <td className="text-end tabular-nums">{s.open}</td>
                  <td className={`text-end tabular-nums ${s.overdue > 0 ? "font-semibold text-danger" : ""}`}>
                    {s.overdue}
                  </td>
                  <td className="text-end tabular-nums">{s.done}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
