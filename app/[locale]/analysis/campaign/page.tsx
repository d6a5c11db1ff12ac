import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { listCycles } from "@/server/cycles";
import { getCampaign } from "@/server/reminders";
import { collationLocale, memberStateName, type LanguageCode } from "@/lib/reference";
import { REGIONS, localizedRegionName } from "@/lib/reference/regions";
import { intlLocale } from "@/lib/i18n/intl";
import { NoCycle } from "@/app/_components/no-cycle";
import { StatusBadge } from "@/app/_components/status-badge";
import type { AssessmentStatus } from "@/lib/assessment/status";
import { requirePageActor } from "@/app/_lib/session";
import { AnalysisHeader } from "../_components/analysis-header";
import { AnalystsOnly } from "../_components/analysts-only";
import { ChartCard } from "../_components/chart-card";
import { SubmissionRateChart } from "./_components/lazy-rate-chart";
import { ExtensionForm, ReminderButton } from "./_components/campaign-actions";
import { TableHead } from "@/app/_components/table-head";
import { PageMessages } from "@/app/_i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("analysis.campaign");
  return { title: t("title") };
}

export const dynamic = "force-dynamic";

const percent = (share: number, locale: string) =>
  new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(share);

/** The campaign for BDT: rates by region over time, who is late, last activity, and reminders on demand. */
export default async function CampaignPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const asked = typeof params.cycle === "string" && /^\d{4}$/.test(params.cycle) ? Number(params.cycle) : null;
  const actor = await requirePageActor(asked ? `/analysis/campaign?cycle=${asked}` : "/analysis/campaign");
  if (actor.role === "focal_point") return <AnalystsOnly />;
  const cycles = await listCycles();
  if (cycles.length === 0) return <NoCycle />;
  const cycle =
    cycles.find((c) => c.year === asked)?.year ?? cycles.find((c) => c.status === "open")?.year ?? cycles[0]!.year;
  const locale = await getLocale();
  const t = await getTranslations("analysis.campaign");
  const campaign = await getCampaign(actor, cycle);
  const regionName = (id: string) => localizedRegionName(id, locale);
  const regions = REGIONS.map((r) => ({ id: r.id, name: regionName(r.id) }));
  const day = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeZone: "UTC" });
  const when = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium" });
  const dayText = (iso: string) => day.format(new Date(`${iso}T00:00:00Z`));
  const canRemind = campaign.open && campaign.deadline !== null;
  const collator = new Intl.Collator(collationLocale(locale as LanguageCode));
  const states = campaign.states
    .map((s) => ({ ...s, name: memberStateName(s.iso3, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const lateSet = new Set(campaign.late.map((l) => l.iso3));
  const lateStates = campaign.late.map((l) => ({ ...l, name: memberStateName(l.iso3, locale) }));

  return (
    <PageMessages page="analysis/campaign">
      <div className="space-y-6">
        <AnalysisHeader
          eyebrow={t("eyebrow", { cycle: String(cycle) })}
          title={t("title")}
          tab="campaign"
          tabHrefs={{
            dashboard: `/analysis/${cycle}`,
            heatmap: `/analysis/${cycle}/heatmap`,
            trends: "/analysis/trends",
            campaign: `/analysis/campaign?cycle=${cycle}`,
          }}
        >
          {t("intro")}
        </AnalysisHeader>

        <nav aria-label={t("cycles")} className="flex flex-wrap gap-2">
          {cycles.map((c) => (
            <a
              key={c.year}
              href={`/${locale}/analysis/campaign?cycle=${c.year}`}
              aria-current={c.year === cycle ? "page" : undefined}
              className={c.year === cycle ? "btn-primary px-3 py-1" : "btn-secondary px-3 py-1"}
            >
              {c.year}
            </a>
          ))}
        </nav>

        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="campaign-figures">
          <Figure label={t("deadline")} value={campaign.deadline ? dayText(campaign.deadline) : t("noDeadline")} />
          <Figure
            label={t("responseRate")}
            value={percent(campaign.total.responseRate, locale)}
            note={t("ofStates", { count: campaign.total.responded, total: campaign.total.states })}
            testId="total-response-rate"
          />
          <Figure
            label={t("submissionRate")}
            value={percent(campaign.total.submissionRate, locale)}
            note={t("ofStates", { count: campaign.total.submitted, total: campaign.total.states })}
            testId="total-submission-rate"
          />
          <Figure label={t("pastDeadline")} value={String(campaign.late.length)} danger />
        </dl>

        {!canRemind && (
          <p className="rounded-md border-s-4 border-warn bg-amber-50 p-4 text-sm">
            {campaign.open ? t("setDeadlineFirst") : t("closedCycle")}
          </p>
        )}

        <ChartCard
          id="rates-over-time"
          title={t("chartTitle")}
          description={t("chartDescription")}
          chart={<SubmissionRateChart points={campaign.series} regions={regions} title={t("chartTitle")} />}
          table={
            <table className="data-table">
              <caption className="sr-only">{t("chartTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("day")}</th>
                  {regions.map((r) => (
                    <th key={r.id} scope="col" className="text-end">
                      {r.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {campaign.series.map((p) => (
                  <tr key={p.day}>
                    <th scope="row" className="whitespace-nowrap font-normal">
                      {dayText(p.day)}
                    </th>
                    {regions.map((r) => (
                      <td key={r.id} className="text-end tabular-nums">
                        {percent(p.values[r.id] ?? 0, locale)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />

        <section className="card overflow-x-auto p-0" aria-labelledby="by-region">
          <h2 id="by-region" className="px-5 pt-5 text-lg font-semibold">
            {t("byRegion")}
          </h2>
          <table className="data-table" data-testid="region-rates">
            <TableHead
              columns={[
                { label: t("region") },
                { label: t("states"), className: "text-end" },
                { label: t("responseRate"), className: "text-end" },
                { label: t("submissionRate"), className: "text-end" },
                { label: t("actions"), srOnly: true },
              ]}
            />
            <tbody>
              {campaign.regions.map((r) => (
                <tr key={r.region}>
                  <th scope="row" className="font-semibold">
                    {regionName(r.region)}
                  </th>
                  <td className="text-end tabular-nums">{r.states}</td>
                  <td className="text-end tabular-nums">
                    {percent(r.responseRate, locale)} <span className="text-muted">({r.responded})</span>
                  </td>
                  <td className="text-end tabular-nums">
                    {percent(r.submissionRate, locale)} <span className="text-muted">({r.submitted})</span>
                  </td>
                  <td className="text-end">
                    {canRemind && r.submitted < r.states && (
                      <ReminderButton
                        cycle={cycle}
                        target={{ region: r.region }}
                        label={t("remindRegion", { region: regionName(r.region) })}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section className="card space-y-3" aria-labelledby="late">
          <h2 id="late" className="text-lg font-semibold">
            {t("lateTitle")}
          </h2>
          {lateStates.length === 0 ? (
            <p className="text-sm text-muted">{campaign.deadline ? t("noneLate") : t("noDeadlineYet")}</p>
          ) : (
            <ul className="divide-y divide-line" data-testid="late-states">
              {lateStates.map((l) => (
                <li key={l.iso3} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <span className="font-semibold">{l.name}</span>{" "}
                    <span className="text-sm text-muted">
                      {t("lateBy", { count: l.daysOverdue, date: dayText(l.deadline) })}
                    </span>
                  </span>
                  {canRemind && (
                    <ReminderButton
                      cycle={cycle}
                      target={{ iso3: l.iso3 }}
                      label={t("remindState", { state: l.name })}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>

        {campaign.open && (
          <section className="card space-y-3" aria-labelledby="extension">
            <h2 id="extension" className="text-lg font-semibold">
              {t("extensionTitle")}
            </h2>
            <p className="text-sm text-muted">{t("extensionText")}</p>
            <ExtensionForm cycle={cycle} states={states.map((s) => ({ iso3: s.iso3, name: s.name }))} />
          </section>
        )}

        <section className="card overflow-x-auto p-0" aria-labelledby="activity">
          <h2 id="activity" className="px-5 pt-5 text-lg font-semibold">
            {t("activityTitle")}
          </h2>
          <table className="data-table" data-testid="state-activity">
            <TableHead
              columns={[
                { label: t("state") },
                { label: t("region") },
                { label: t("status") },
                { label: t("stateDeadline") },
                { label: t("lastActivity") },
                { label: t("actions"), srOnly: true },
              ]}
            />
            <tbody>
              {states.map((s) => (
                <tr key={s.iso3} data-iso3={s.iso3}>
                  <th scope="row" className="font-semibold">
                    {s.name}
                  </th>
                  <td>{regionName(s.region)}</td>
                  <td>
                    <StatusBadge status={s.status as AssessmentStatus} />
                  </td>
                  <td className={`whitespace-nowrap ${lateSet.has(s.iso3) ? "font-semibold text-danger" : ""}`}>
                    {s.deadline ? dayText(s.deadline) : "—"}
                    {s.extension && <span className="ms-1 badge bg-brand-50 text-brand-800">{t("extended")}</span>}
                  </td>
                  <td className="whitespace-nowrap">
                    {s.lastActivityAt ? when.format(new Date(s.lastActivityAt)) : t("never")}
                  </td>
                  <td className="text-end">
                    {canRemind && s.status !== "submitted" && s.status !== "validated" && (
                      <ReminderButton
                        cycle={cycle}
                        target={{ iso3: s.iso3 }}
                        label={t("remindState", { state: s.name })}
                        compact
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </PageMessages>
  );
}

/** One key figure of the campaign: its name, the number, and what it counts. */
function Figure({
  label,
  value,
  note,
  testId,
  danger = false,
}: {
  label: string;
  value: string;
  note?: string;
  testId?: string;
  danger?: boolean;
}) {
  return (
    <div className="card p-4">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className={`text-2xl font-bold ${danger ? "text-danger" : "text-brand-800"}`} data-testid={testId}>
        {value}
      </dd>
      {note && <dd className="text-xs text-muted">{note}</dd>}
    </div>
  );
}
