import { isStateRole } from "@/lib/assessment/status";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { listCycleScores, listRegionalAverages } from "@/server/analysis";
import { listCycles } from "@/server/cycles";
import { hasDemoData } from "@/server/demo-data";
import { regionalAverageSeries, statusCountsByRegion, tierCountSeries } from "@/lib/analysis/regional-series";
import { packCycleDataset } from "@/lib/analysis/cycle-dataset";
import { cycleSummary } from "@/lib/analysis/summary";
import { cycleParamsSchema } from "@/lib/api/analysis.validation";
import { CURRENT_FRAMEWORK } from "@/lib/framework";
import { localizeFramework } from "@/lib/framework/i18n/localize";
import { memberStateName } from "@/lib/reference";
import { REGIONS, localizedRegionName } from "@/lib/reference/regions";
import { requirePageActor } from "@/app/_lib/session";
import { GroupedBarChart, PillarRadarChart, TierStackChart } from "../_components/charts/lazy-charts";
import { AnalysisHeader } from "../_components/analysis-header";
import { AnalystsOnly } from "../_components/analysts-only";
import { ChartCard } from "../_components/chart-card";
import { CycleControls } from "../_components/cycle-controls";
import { KeyFigures } from "../_components/key-figures";
import { UnknownCycle } from "../_components/unknown-cycle";
import { analysisHref, parseAnalysisQuery } from "../_components/page-query";
import { tierName } from "@/app/_components/tier-text";
import { SeriesTable } from "../_components/tables/series-table";
import { StatusTable } from "../_components/tables/status-table";
import { MapLegend } from "./_components/map/map-legend";
import { worldShapes } from "@/app/_lib/world-shapes";
import { RankingTable } from "./_components/ranking/ranking-table";
import { CycleDataProvider } from "./_components/data/cycle-data";
import { CycleMap, CycleMapTable, CycleSpreadChart, CycleSpreadTable } from "./_components/data/cycle-figures";
import { PageMessages } from "@/app/_i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("analysis.metadata");
  return { title: t("analysis") };
}

export const dynamic = "force-dynamic";

export default async function AnalysisDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ cycle: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const parsed = cycleParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { cycle } = parsed.data;
  const { include } = parseAnalysisQuery(await searchParams);
  const actor = await requirePageActor(analysisHref(`/analysis/${cycle}`, { include }));
  if (isStateRole(actor.role)) return <AnalystsOnly />;

  const cycles = await listCycles();
  if (!cycles.some((c) => c.year === cycle)) return <UnknownCycle cycle={cycle} cycles={cycles} />;
  const [englishRows, figures, demoData] = await Promise.all([
    listCycleScores(actor, cycle),
    listRegionalAverages(actor, cycle, include),
    hasDemoData(),
  ]);

  const locale = await getLocale();
  const t = await getTranslations("analysis");
  const tierNames = await getTranslations("common.tierNames");
  const framework = localizeFramework(CURRENT_FRAMEWORK, locale);
  // The data layer names states in English; the page names them in the reader's language.
  const rows = englishRows.map((r) => ({
    ...r,
    name: memberStateName(r.iso3, locale),
    englishName: r.name,
  }));
  const regions = REGIONS.map((r) => ({ id: r.id, name: localizedRegionName(r.id, locale) }));
  const pillars = framework.pillars.map((p) => ({ id: p.id, name: p.name }));
  const outcomes = framework.outcomes.map((o) => ({ id: o.id, name: `${o.id} ${o.name}` }));
  const tiers = framework.tiers.map((tier) => ({
    level: tier.level,
    name: tierName(tierNames, tier),
    englishName: CURRENT_FRAMEWORK.tiers.find((t) => t.level === tier.level)?.name ?? tier.name,
    minScore: tier.minScore,
  }));
  const year = String(cycle);
  const counted = t(`shared.counted.${include}`);
  const summary = cycleSummary(rows, include);
  const statusCounts = statusCountsByRegion(rows, regions);
  const pillarSeries = regionalAverageSeries(figures, regions, pillars, "pillars");
  const outcomeSeries = regionalAverageSeries(figures, regions, outcomes, "outcomes");
  const tierSeries = tierCountSeries(
    figures,
    regions,
    tiers.map((tier) => tier.level),
  );
  // The 193 states travel to the browser once, in this data set: the map, the spread chart, their tables
  // and the ranking are drawn from it there.
  const dataset = packCycleDataset(
    rows,
    pillars.map((p) => p.id),
    framework.outcomes.map((o) => o.id),
    tiers,
  );
  const onMap = new Set(worldShapes().members.map((m) => m.iso3));
  const offMap = rows.filter((r) => !onMap.has(r.iso3)).map((r) => r.iso3);
  const href = (change: { cycle?: number; include?: "validated" | "submitted" }) =>
    analysisHref(`/analysis/${change.cycle ?? cycle}`, { include: change.include ?? include });
  const tabHrefs = {
    dashboard: href({}),
    heatmap: analysisHref(`/analysis/${cycle}/heatmap`, { include }),
    trends: analysisHref("/analysis/trends", { include }),
  };

  // The pillars' bars and radar show the same figures: one table serves both.
  const pillarTable = (
    <SeriesTable
      caption={t("dashboard.pillars.caption", { cycle: year, counted })}
      rowHeader={t("tables.pillar")}
      rows={pillarSeries}
      series={regions}
    />
  );

  return (
    <PageMessages page="analysis/[cycle]">
      <div className="space-y-6">
        <AnalysisHeader
          eyebrow={t("shared.eyebrowCycle", { cycle: year })}
          title={t("dashboard.title", { cycle: year })}
          tab="dashboard"
          tabHrefs={tabHrefs}
        >
          {t("dashboard.intro", { include })}
        </AnalysisHeader>

        <CycleDataProvider dataset={dataset} include={include} regions={regions}>
          <CycleControls cycles={cycles} cycle={cycle} include={include} hrefFor={href} />
          <KeyFigures summary={summary} include={include} />

          <section aria-labelledby="status-heading" className="card space-y-3 p-0">
            <div className="px-5 pt-5">
              <h2 id="status-heading" className="text-lg font-semibold">
                {t("dashboard.status.heading")}
              </h2>
              <p className="text-sm text-muted">{t("dashboard.status.text", { cycle: year })}</p>
            </div>
            <div className="overflow-x-auto">
              <StatusTable
                regions={statusCounts.regions}
                total={statusCounts.total}
                caption={t("dashboard.status.caption", { cycle: year })}
              />
            </div>
          </section>

          <ChartCard
            id="map-heading"
            title={t("dashboard.map.heading")}
            description={t("dashboard.map.text", { counted })}
            chart={
              <div className="space-y-3">
                <CycleMap cycle={cycle} />
                <MapLegend tiers={tiers} />
              </div>
            }
            table={<CycleMapTable caption={t("dashboard.map.caption", { cycle: year, counted })} offMap={offMap} />}
            tableLabel={t("dashboard.map.showTable")}
          />

          <ChartCard
            id="pillars-heading"
            title={t("dashboard.pillars.heading")}
            description={t("dashboard.pillars.text", { include })}
            chart={<GroupedBarChart rows={pillarSeries} series={regions} title={t("dashboard.pillars.heading")} />}
            table={pillarTable}
          />

          <div className="grid gap-6 lg:grid-cols-2">
            <ChartCard
              id="outcomes-heading"
              title={t("dashboard.outcomes.heading")}
              description={t("dashboard.outcomes.text")}
              chart={
                <GroupedBarChart
                  rows={regionalAverageSeries(
                    figures,
                    regions,
                    framework.outcomes.map((o) => ({ id: o.id, name: o.id })),
                    "outcomes",
                  )}
                  series={regions}
                  title={t("dashboard.outcomes.heading")}
                  height={340}
                />
              }
              table={
                <SeriesTable
                  caption={t("dashboard.outcomes.caption", { cycle: year, counted })}
                  rowHeader={t("tables.outcome")}
                  rows={outcomeSeries}
                  series={regions}
                />
              }
            />
            <ChartCard
              id="radar-heading"
              title={t("dashboard.radar.heading")}
              description={t("dashboard.radar.text")}
              chart={<PillarRadarChart rows={pillarSeries} series={regions} title={t("dashboard.radar.heading")} />}
              table={pillarTable}
            />
            <ChartCard
              id="spread-heading"
              title={t("dashboard.spread.heading")}
              description={t("dashboard.spread.text")}
              chart={<CycleSpreadChart title={t("dashboard.spread.heading")} />}
              table={<CycleSpreadTable caption={t("dashboard.spread.caption", { cycle: year, counted })} />}
            />
            <ChartCard
              id="tiers-heading"
              title={t("dashboard.tiers.heading")}
              description={t("dashboard.tiers.text")}
              chart={<TierStackChart rows={tierSeries} tiers={tiers} title={t("dashboard.tiers.heading")} />}
              table={
                <SeriesTable
                  caption={t("dashboard.tiers.caption", { cycle: year, counted })}
                  rowHeader={t("tables.region")}
                  rows={tierSeries}
                  series={tiers.map((tier) => ({
                    id: String(tier.level),
                    name: t("shared.tier", { level: tier.level, name: tier.name }),
                  }))}
                  counts
                />
              }
            />
          </div>

          <section aria-labelledby="ranking-heading" className="card space-y-4 px-0 pb-0">
            <div className="px-5">
              <h2 id="ranking-heading" className="text-lg font-semibold">
                {t("dashboard.ranking.heading")}
              </h2>
              <p className="text-sm text-muted">{t("dashboard.ranking.text", { cycle: year })}</p>
            </div>
            <RankingTable
              demo={demoData}
              cycle={cycle}
              pillars={pillars}
              outcomes={framework.outcomes.map((o) => ({ id: o.id, name: o.name }))}
            />
          </section>
        </CycleDataProvider>
      </div>
    </PageMessages>
  );
}
