import { isStateRole } from "@/lib/assessment/status";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { listCycles } from "@/server/cycles";
import { listReviewQueue } from "@/server/review";
import { ASSESSMENT_STATUSES, type AssessmentStatus } from "@/lib/assessment/status";
import { memberStateName } from "@/lib/reference";
import { REGIONS, localizedRegionName } from "@/lib/reference/regions";
import { resultsCycle } from "@/lib/results/open-cycle";
import { noScoreYet } from "@/lib/results/score-state";
import { formatScore } from "@/lib/scoring";
import { Link } from "@/app/_i18n/navigation";
import { FilterChips } from "@/app/_components/filter-chips";
import { NoticePanel } from "@/app/_components/notice-panel";
import { DemoDataNotice } from "@/app/_components/demo-data-notice";
import { StatusBadge } from "@/app/_components/status-badge";
import { requirePageActor } from "@/app/_lib/session";
import { NoCycle } from "@/app/_components/no-cycle";
import { tierText } from "@/app/_components/tier-text";
import { TableHead } from "@/app/_components/table-head";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("analysis.metadata");
  return { title: t("review") };
}

const querySchema = z.object({
  cycle: z.coerce.number().int().optional().catch(undefined),
  status: z.enum(ASSESSMENT_STATUSES).optional().catch(undefined),
  region: z.string().optional(),
});

/** The queue gives a tier as English text, "Tier 2 · Advancing"; the page names it by its level. */
const TIER_TEXT = /^Tier (\d+) · (.*)$/;

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePageActor("/review");
  const t = await getTranslations("analysis.review");
  if (isStateRole(actor.role)) {
    return (
      <NoticePanel
        title={t("notForFocalPoints.title")}
        action={{ href: "/assessment", label: t("notForFocalPoints.action") }}
      >
        {t("notForFocalPoints.text")}
      </NoticePanel>
    );
  }
  const query = querySchema.parse(await searchParams);
  const cycles = await listCycles();
  const cycle = query.cycle ?? resultsCycle(cycles) ?? undefined;
  if (cycle === undefined) return <NoCycle />;
  const locale = await getLocale();
  const shared = await getTranslations("analysis.shared");
  const tierNames = await getTranslations("common.tierNames");
  const statusLabel = await getTranslations("common.status");
  const common = await getTranslations("common");
  const collator = new Intl.Collator(locale);
  // The data layer names states in English; the queue lists them by the names the reader sees.
  const rows = (await listReviewQueue(actor, cycle))
    .map((r) => ({ ...r, name: memberStateName(r.iso3, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const counts = new Map<AssessmentStatus, number>();
  for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const shown = rows.filter(
    (r) => (!query.status || r.status === query.status) && (!query.region || r.region === query.region),
  );
  const href = (change: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ cycle, status: query.status, region: query.region, ...change }))
      if (v !== undefined) params.set(k, String(v));
    return `/review?${params}`;
  };
  const tier = (text: string | null) => {
    const match = text === null ? null : TIER_TEXT.exec(text);
    if (!match) return text ?? "—";
    return tierText(shared, tierNames, { level: Number(match[1]), name: match[2]! });
  };
  // Rounded as the queue always has ("45%"); each language places the sign its way ("45 %").
  const completion = (ratio: number) => t("completion", { percent: Math.round(ratio * 100) });
  const year = String(cycle);

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="eyebrow">{t("eyebrow")}</p>
        <h1 className="text-display font-bold">{t("title", { cycle: year })}</h1>
        <p className="text-muted">{t("intro")}</p>
        <DemoDataNotice />
      </header>
      <div className="card space-y-3 p-4">
        <FilterChips
          label={t("filters.cycle")}
          current={year}
          options={cycles.map((c) => ({
            value: String(c.year),
            label: c.status === "open" ? t("filters.cycleOpen", { year: String(c.year) }) : String(c.year),
          }))}
          hrefFor={(v) => href({ cycle: v })}
        />
        <FilterChips
          label={t("filters.status")}
          current={query.status}
          options={[
            { value: undefined, label: t("filters.allCount", { count: rows.length }) },
            ...ASSESSMENT_STATUSES.map((s) => ({
              value: s,
              label: t("filters.statusCount", { status: statusLabel(s), count: counts.get(s) ?? 0 }),
            })),
          ]}
          hrefFor={(v) => href({ status: v })}
        />
        <FilterChips
          label={t("filters.region")}
          current={query.region}
          options={[
            { value: undefined, label: t("filters.all") },
            ...REGIONS.map((r) => ({ value: r.id, label: localizedRegionName(r.id, locale) })),
          ]}
          hrefFor={(v) => href({ region: v })}
        />
      </div>
      <div className="card overflow-x-auto p-0">
        <table className="data-table">
          <caption className="sr-only">{t("title", { cycle: year })}</caption>
          <TableHead
            columns={[
              { label: t("columns.memberState") },
              { label: t("columns.region") },
              { label: t("columns.status") },
              { label: t("columns.completion") },
              { label: t("columns.overall") },
              { label: t("columns.tier") },
              { label: t("columns.actions"), srOnly: true },
            ]}
          />
          <tbody>
            {shown.map((r) => (
              <tr key={r.iso3}>
                <td className="font-medium">{r.name}</td>
                <td>{localizedRegionName(r.region, locale)}</td>
                <td>
                  <StatusBadge status={r.status} />
                </td>
                <td>{completion(r.completion)}</td>
                <td>
                  {noScoreYet(r) ? (
                    <span className="text-xs text-muted">{common("noScoreYet")}</span>
                  ) : r.overall === null ? (
                    "—"
                  ) : (
                    formatScore(r.overall, locale)
                  )}
                </td>
                <td>{tier(r.tier)}</td>
                <td className="whitespace-nowrap">
                  {r.status === "submitted" ? (
                    <Link href={`/states/${r.iso3}/${cycle}/review`} className="btn-primary">
                      {t("reviewAction")}
                    </Link>
                  ) : r.status === "returned" || r.status === "validated" ? (
                    <Link href={`/states/${r.iso3}/${cycle}/review`}>{t("answers")}</Link>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 && <p className="p-6 text-center text-muted">{t("empty")}</p>}
      </div>
    </div>
  );
}
