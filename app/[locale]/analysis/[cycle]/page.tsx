import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { listCycleScores, listRegionalAverages } from "@/db/queries/analysis";
import { listCycles } from "@/db/queries/cycles";
import { hasDemoData } from "@/db/queries/demo-data";
import { countedDescription, isCounted } from "@/lib/analysis/counting";
import { regionalAverageSeries, statusCountsByRegion, tierCountSeries } from "@/lib/analysis/regional-series";
import { scoreSpread, stripPoints } from "@/lib/analysis/spread";
import { cycleSummary } from "@/lib/analysis/summary";
import { cycleParamsSchema } from "@/lib/api/analysis.validation";
import { CURRENT_FRAMEWORK } from "@/lib/framework";
import { REGIONS } from "@/lib/reference/regions";
import { requirePageActor } from "@/app/_lib/session";
import { GroupedBarChart } from "../_charts/grouped-bar-chart";
import { PillarRadarChart } from "../_charts/pillar-radar-chart";
import { ScoreStripChart } from "../_charts/score-strip-chart";
import { TierStackChart } from "../_charts/tier-stack-chart";
import { AnalysisHeader } from "../_components/analysis-header";
import { AnalystsOnly } from "../_components/analysts-only";
import { ChartCard } from "../_components/chart-card";
import { CycleControls } from "../_components/cycle-controls";
import { KeyFigures } from "../_components/key-figures";
import { analysisHref, parseAnalysisQuery } from "../_lib/page-query";
import { SeriesTable } from "../_tables/series-table";
import { SpreadTable } from "../_tables/spread-table";
import { StatusTable } from "../_tables/status-table";
import { MapLegend } from "./_map/map-legend";
import { MapTable } from "./_map/map-table";
import { MAP_SIZE, worldShapes } from "./_map/world-shapes";
import { WorldMap, type MapState } from "./_map/world-map";
import { RankingTable } from "./_ranking/ranking-table";
import { UnknownCycle } from "../_components/unknown-cycle";

export const metadata: Metadata = { title: "Analysis" };
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
  if (actor.role === "focal_point") return <AnalystsOnly />;

  const cycles = await listCycles();
  if (!cycles.some((c) => c.year === cycle)) return <UnknownCycle cycle={cycle} cycles={cycles} />;
  const [rows, figures, demoData] = await Promise.all([
    listCycleScores(actor, cycle),
    listRegionalAverages(actor, cycle, include),
    hasDemoData(),
  ]);

  const framework = CURRENT_FRAMEWORK;
  const regions = REGIONS.map((r) => ({ id: r.id, name: r.name }));
  const pillars = framework.pillars.map((p) => ({ id: p.id, name: p.name }));
  const outcomes = framework.outcomes.map((o) => ({ id: o.id, name: `${o.id} ${o.name}` }));
  const tiers = framework.tiers.map((t) => ({ level: t.level, name: t.name, minScore: t.minScore }));
  const counted = countedDescription(include);
  const summary = cycleSummary(rows, include);
  const statusCounts = statusCountsByRegion(rows, regions);
  const pillarSeries = regionalAverageSeries(figures, regions, pillars, "pillars");
  const outcomeSeries = regionalAverageSeries(figures, regions, outcomes, "outcomes");
  const tierSeries = tierCountSeries(
    figures,
    regions,
    tiers.map((t) => t.level),
  );
  const spread = scoreSpread(rows, regions, include);
  const shapes = worldShapes();
  const mapStates: Record<string, MapState> = Object.fromEntries(
    rows.map((r) => {
      const countedRow = isCounted(r.status, include) && r.overall !== null;
      return [
        r.iso3,
        { name: r.name, status: r.status, overall: countedRow ? r.overall : null, tier: countedRow ? r.tier : null },
      ];
    }),
  );
  const onMap = new Set(shapes.members.map((m) => m.iso3));
  const href = (change: { cycle?: number; include?: "validated" | "submitted" }) =>
    analysisHref(`/analysis/${change.cycle ?? cycle}`, { include: change.include ?? include });
  const tabHrefs = {
    dashboard: href({}),
    heatmap: analysisHref(`/analysis/${cycle}/heatmap`, { include }),
    trends: analysisHref("/analysis/trends", { include }),
  };

  return (
    <div className="space-y-6">
      <AnalysisHeader
        eyebrow={`BDT analysis · ${cycle} cycle`}
        title={`Readiness across Member States, ${cycle}`}
        demoData={demoData}
        tab="dashboard"
        tabHrefs={tabHrefs}
      >
        Regional averages, spreads, tiers and the map count {counted}; the ranking table lists every Member State, with
        scores once its assessment is submitted. Scores run from 0 to 100.
      </AnalysisHeader>

      <CycleControls cycles={cycles} cycle={cycle} include={include} hrefFor={href} />
      <KeyFigures summary={summary} countedLabel={include === "submitted" ? "validated or submitted" : "validated"} />

      <section aria-labelledby="status-heading" className="card space-y-3 p-0">
        <div className="px-5 pt-5">
          <h2 id="status-heading" className="text-lg font-semibold">
            Assessments by status and region
          </h2>
          <p className="text-sm text-muted">Where each region&apos;s Member States stand in the {cycle} cycle.</p>
        </div>
        <div className="overflow-x-auto">
          <StatusTable
            regions={statusCounts.regions}
            total={statusCounts.total}
            caption={`Assessments of the ${cycle} cycle by status and region`}
          />
        </div>
      </section>

      <ChartCard
        id="map-heading"
        title="Overall score by Member State"
        description={
          <>
            Each Member State is coloured by the tier its overall score reaches ({counted}). Hover or focus a state for
            its score; click it or press Enter to open its results. Small island states are too small for this map: find
            them in the ranking table.
          </>
        }
        chart={
          <div className="space-y-3">
            <WorldMap
              members={shapes.members}
              others={shapes.others}
              states={mapStates}
              cycle={cycle}
              size={MAP_SIZE}
            />
            <MapLegend tiers={tiers} />
          </div>
        }
        table={
          <MapTable
            caption={`Overall score and tier of the Member States on the map, ${cycle} (${counted})`}
            states={rows.filter((r) => onMap.has(r.iso3)).map((r) => ({ iso3: r.iso3, ...mapStates[r.iso3]! }))}
          />
        }
        tableLabel="Show the map as a table"
      />

      <ChartCard
        id="pillars-heading"
        title="Regional averages per pillar"
        description={`The mean pillar score of each region's ${counted}.`}
        chart={<GroupedBarChart rows={pillarSeries} series={regions} title="Regional averages per pillar" />}
        table={
          <SeriesTable
            caption={`Mean pillar scores per region, ${cycle} (${counted})`}
            rowHeader="Pillar"
            rows={pillarSeries}
            series={regions}
          />
        }
      />

      <div className="grid gap-6 lg:grid-cols-2">
        <ChartCard
          id="outcomes-heading"
          title="Regional averages per ITU-D outcome"
          description="D.3-1 policies, strategies and legislation; D.3-2 timely response to cyberthreats; D.3-3 cooperation."
          chart={
            <GroupedBarChart
              rows={regionalAverageSeries(
                figures,
                regions,
                framework.outcomes.map((o) => ({ id: o.id, name: o.id })),
                "outcomes",
              )}
              series={regions}
              title="Regional averages per ITU-D outcome"
              height={340}
            />
          }
          table={
            <SeriesTable
              caption={`Mean outcome scores per region, ${cycle} (${counted})`}
              rowHeader="Outcome"
              rows={outcomeSeries}
              series={regions}
            />
          }
        />
        <ChartCard
          id="radar-heading"
          title="Pillar profile of each region"
          description="The five pillar averages around the circle: a larger, rounder outline is stronger and more balanced."
          chart={<PillarRadarChart rows={pillarSeries} series={regions} title="Pillar profile of each region" />}
          table={
            <SeriesTable
              caption={`Mean pillar scores per region, ${cycle} (${counted})`}
              rowHeader="Pillar"
              rows={pillarSeries}
              series={regions}
            />
          }
        />
        <ChartCard
          id="spread-heading"
          title="Spread of overall scores within each region"
          description="Each dot is a counted Member State; the dark bar marks the region's median."
          chart={
            <ScoreStripChart
              spread={spread}
              points={stripPoints(spread)}
              title="Spread of overall scores within each region"
            />
          }
          table={<SpreadTable spread={spread} caption={`Overall scores within each region, ${cycle} (${counted})`} />}
        />
        <ChartCard
          id="tiers-heading"
          title="Tiers per region"
          description="How many counted Member States of each region reach each GCI tier, Tier 1 being the strongest."
          chart={<TierStackChart rows={tierSeries} tiers={tiers} title="Tiers per region" />}
          table={
            <SeriesTable
              caption={`Counted Member States per tier and region, ${cycle} (${counted})`}
              rowHeader="Region"
              rows={tierSeries}
              series={tiers.map((t) => ({ id: String(t.level), name: `Tier ${t.level} · ${t.name}` }))}
              format={(v) => String(v)}
            />
          }
        />
      </div>

      <section aria-labelledby="ranking-heading" className="card space-y-4 px-0 pb-0">
        <div className="px-5">
          <h2 id="ranking-heading" className="text-lg font-semibold">
            Ranking of Member States
          </h2>
          <p className="text-sm text-muted">
            Every Member State&apos;s scores in the {cycle} cycle; &ldquo;—&rdquo; where the assessment has not been
            submitted. Sort by any column; the exports contain exactly the rows shown, in this order.
          </p>
        </div>
        <RankingTable
          rows={rows}
          cycle={cycle}
          pillars={pillars}
          outcomes={framework.outcomes.map((o) => ({ id: o.id, name: o.name }))}
          tiers={tiers}
          regions={regions}
        />
      </section>
    </div>
  );
}
