import { isStateRole } from "@/lib/assessment/status";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { listRegionalAverages, listStateScoreHistory } from "@/server/analysis";
import { listCycleFrameworks, listCycles } from "@/server/cycles";
import { listMemberStates } from "@/server/member-states";
import { regionTrend, stateTrend, versionChanges } from "@/lib/analysis/trends";
import { CURRENT_FRAMEWORK, frameworkOf } from "@/lib/framework";
import { localizeFramework } from "@/lib/framework/i18n/localize";
import { memberStateName } from "@/lib/reference";
import { REGIONS, localizedRegionName } from "@/lib/reference/regions";
import { Link } from "@/app/_i18n/navigation";
import { FilterChips } from "@/app/_components/filter-chips";
import { requirePageActor } from "@/app/_lib/session";
import { TrendLineChart } from "../_components/charts/lazy-charts";
import { AnalysisHeader } from "../_components/analysis-header";
import { AnalystsOnly } from "../_components/analysts-only";
import { ChartCard } from "../_components/chart-card";
import { IncludeSubmittedSwitch } from "../_components/include-switch";
import { NoCycle } from "@/app/_components/no-cycle";
import { analysisHref, parseAnalysisQuery } from "../_components/page-query";
import { StatePicker } from "./_components/state-picker";
import { TrendChange } from "./_components/trend-change";
import { TrendTable } from "./_components/trend-table";
import { PageMessages } from "@/app/_i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("analysis.metadata");
  return { title: t("trends") };
}

export const dynamic = "force-dynamic";

const DEFAULT_REGION = "africa";

export default async function TrendsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = parseAnalysisQuery(await searchParams);
  const region = query.region ?? DEFAULT_REGION;
  const include = query.include;
  const actor = await requirePageActor(analysisHref("/analysis/trends", { ...query, region }));
  if (isStateRole(actor.role)) return <AnalystsOnly />;

  const [cycles, states, cycleFrameworks] = await Promise.all([
    listCycles(),
    listMemberStates(),
    listCycleFrameworks(),
  ]);
  if (cycles.length === 0) return <NoCycle />;
  // Without a chosen state, the first of the region by name, so the page never opens empty.
  const iso3 = query.state ?? states.find((s) => s.region === region)?.iso3 ?? states[0]!.iso3;
  const [perCycle, history] = await Promise.all([
    Promise.all(
      cycles.map(async (c) => ({ cycle: c.year, figures: await listRegionalAverages(actor, c.year, include) })),
    ),
    listStateScoreHistory(actor, iso3).catch((error: unknown) => {
      if (error instanceof AppError && error.status === 404) return null;
      throw error;
    }),
  ]);

  const locale = await getLocale();
  const t = await getTranslations("analysis");
  const framework = localizeFramework(CURRENT_FRAMEWORK, locale);
  const pillars = framework.pillars.map((p) => ({ id: p.id, name: p.name }));
  const pillarIds = pillars.map((p) => p.id);
  const regionPoints = regionTrend(perCycle, region, pillarIds);
  const statePoints = history ? stateTrend(history.cycles, pillarIds, include) : [];
  const regions = REGIONS.map((r) => ({ id: r.id, name: localizedRegionName(r.id, locale) }));
  const name = localizedRegionName(region, locale);
  const stateName = history ? memberStateName(history.iso3, locale) : "";
  // The picker lists the states by the names the reader sees.
  const collator = new Intl.Collator(locale);
  const pickerStates = states
    .map((s) => ({ iso3: s.iso3, name: memberStateName(s.iso3, locale), region: s.region }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const counted = t(`shared.counted.${include}`);
  const newest = cycles[0]!.year;
  const href = (change: { region?: string; include?: "validated" | "submitted" }) =>
    analysisHref("/analysis/trends", {
      region: (change.region ?? region) as typeof region,
      state: iso3,
      include: change.include ?? include,
    });
  const first = cycles.at(-1)!.year;
  // Where the questionnaire version changes: a line on both charts and a sentence under them.
  const changes = versionChanges(cycleFrameworks).map((c) => ({
    cycle: c.cycle,
    label: t("trends.versionChange.label", { version: frameworkOf(c.frameworkId).version }),
    title: localizeFramework(frameworkOf(c.frameworkId), locale).title,
  }));
  const versionNote =
    changes.length > 0 ? (
      <p className="text-sm text-muted" data-testid="trend-version-change">
        {changes.map((c) => t("trends.versionChange.text", { cycle: String(c.cycle), title: c.title })).join(" ")}
      </p>
    ) : null;

  return (
    <PageMessages page="analysis/trends">
      <div className="space-y-6">
        <AnalysisHeader
          eyebrow={t("trends.eyebrow", { first: String(first), last: String(newest) })}
          title={t("trends.title")}
          tab="trends"
          tabHrefs={{
            dashboard: analysisHref(`/analysis/${newest}`, { include }),
            heatmap: analysisHref(`/analysis/${newest}/heatmap`, { region, include }),
            trends: href({}),
          }}
        >
          {t("trends.intro", { include })}
        </AnalysisHeader>

        <div className="card flex flex-wrap items-center justify-between gap-4 p-4">
          <FilterChips
            label={t("shared.region")}
            current={region}
            options={regions.map((r) => ({ value: r.id, label: r.name }))}
            hrefFor={(v) => href({ region: v ?? DEFAULT_REGION })}
          />
          <IncludeSubmittedSwitch
            checked={include === "submitted"}
            hrefWhenOn={href({ include: "submitted" })}
            hrefWhenOff={href({ include: "validated" })}
          />
        </div>

        <ChartCard
          id="region-trend-heading"
          title={t("trends.region.heading", { name })}
          description={t.rich("trends.region.text", {
            include,
            name,
            link: (chunks) => (
              <Link href={analysisHref(`/analysis/${newest}/heatmap`, { region, include })}>{chunks}</Link>
            ),
          })}
          chart={
            <div className="space-y-2">
              <TrendChange points={regionPoints} />
              <TrendLineChart
                points={regionPoints}
                pillars={pillars}
                title={t("trends.region.heading", { name })}
                versionChanges={changes}
              />
              {versionNote}
            </div>
          }
          table={
            <TrendTable
              caption={t("trends.region.caption", { name, counted })}
              points={regionPoints}
              pillars={pillars}
              kind="region"
            />
          }
        />

        <div className="space-y-4">
          <div className="card p-4">
            <StatePicker states={pickerStates} regions={regions} current={iso3} region={region} include={include} />
          </div>
          {history ? (
            <ChartCard
              id="state-trend-heading"
              title={t("trends.state.heading", { name: stateName })}
              description={t("trends.state.text", {
                include,
                name: stateName,
                region: localizedRegionName(history.region, locale),
              })}
              chart={
                <div className="space-y-2">
                  <TrendChange points={statePoints} />
                  <TrendLineChart
                    points={statePoints}
                    pillars={pillars}
                    title={t("trends.state.heading", { name: stateName })}
                    versionChanges={changes}
                  />
                  {versionNote}
                </div>
              }
              table={
                <TrendTable
                  caption={t("trends.state.caption", { name: stateName, counted })}
                  points={statePoints}
                  pillars={pillars}
                  kind="state"
                  iso3={history.iso3}
                />
              }
            />
          ) : (
            <p role="status" className="card text-center text-muted">
              {t("trends.state.unknown", { iso3 })}
            </p>
          )}
        </div>
      </div>
    </PageMessages>
  );
}
