import { getLocale, getTranslations } from "next-intl/server";
import type { RegionalAction } from "@/lib/plan/view";
import { localizedClauseCitation } from "@/lib/framework/i18n/citations";
import { clauseSummary } from "@/lib/framework/i18n/localize";
import { summarizeRegionalPlans, summarizeStatePlans } from "@/lib/plan/regional";
import { localizedRegionName, memberStateName } from "@/lib/reference";
import { Link } from "@/app/_i18n/navigation";
import { DemoDataNotice } from "@/app/_components/demo-data-notice";
import { TableHead } from "@/app/_components/table-head";

const TOP_CLAUSES = 5;

/**
 * BDT's view of the plans: per region, the clauses most states are working on
 * and the overdue actions (where assistance may be needed), then every state
 * whose plan BDT may read.
 */
export async function RegionalPlans({ actions, today }: { actions: RegionalAction[]; today: string }) {
  const locale = await getLocale();
  const t = await getTranslations("plan");
  const region = (id: string) => localizedRegionName(id, locale);
  const regions = summarizeRegionalPlans(actions, today);
  // Most overdue first as the summary orders them, then by the name the reader sees (the summary sorts by English).
  const collator = new Intl.Collator(locale);
  const states = summarizeStatePlans(actions, today)
    .map((s) => ({ ...s, name: memberStateName(s.iso3, locale) }))
    .sort((x, y) => y.overdue - x.overdue || collator.compare(x.name, y.name));
  return (
    <div className="space-y-8" data-testid="regional-plans">
      <header className="space-y-2">
        <p className="eyebrow">{t("regional.eyebrow")}</p>
        <h1 className="text-display font-bold">{t("regional.title")}</h1>
        <p className="max-w-3xl text-muted">{t("regional.lead")}</p>
        <DemoDataNotice />
      </header>
      {regions.length === 0 ? (
        <p className="card text-muted">{t("regional.empty")}</p>
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
                  {region(r.region)}
                </h2>
                <p className="text-sm text-muted">
                  {t("regional.statesWithPlan", { count: r.states })} ·{" "}
                  {t("regional.openActions", { count: r.openActions })} ·{" "}
                  <span
                    className={r.overdueActions > 0 ? "font-semibold text-danger" : ""}
                    data-testid="region-overdue"
                  >
                    {t("overdueCount", { count: r.overdueActions })}
                  </span>
                </p>
              </div>
              {r.clauses.length > 0 && (
                <table className="data-table text-sm">
                  <caption className="sr-only">{t("regional.clausesCaption", { region: region(r.region) })}</caption>
                  <TableHead
                    columns={[
                      { label: t("regional.clause") },
                      { label: t("regional.states"), className: "text-end" },
                      { label: t("regional.overdue"), className: "text-end" },
                    ]}
                  />
                  <tbody>
                    {r.clauses.slice(0, TOP_CLAUSES).map((c) => (
                      <tr key={c.clause} data-clause={c.clause}>
                        <td>
                          <span className="font-medium">{localizedClauseCitation(c.clause, locale) ?? c.clause}</span>
                          <span className="block text-xs text-muted">{clauseSummary(c.clause, locale)}</span>
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
            {t("regional.statePlansHeading")}
          </h2>
          <table className="data-table text-sm" data-testid="state-plans">
            <caption className="sr-only">{t("regional.statePlansCaption")}</caption>
            <TableHead
              columns={[
                { label: t("regional.memberState") },
                { label: t("regional.region") },
                { label: t("regional.open"), className: "text-end" },
                { label: t("regional.overdue"), className: "text-end" },
                { label: t("regional.done"), className: "text-end" },
              ]}
            />
            <tbody>
              {states.map((s) => (
                <tr key={s.iso3} data-state={s.iso3}>
                  <td>
                    <Link href={`/states/${s.iso3}/plan`}>{s.name}</Link>
                  </td>
                  <td>{region(s.region)}</td>
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
