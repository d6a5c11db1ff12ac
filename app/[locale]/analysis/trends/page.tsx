import type { Metadata } from "next";
import Link from "next/link";
import { AppError } from "@/db/errors";
import { listRegionalAverages, listStateScoreHistory } from "@/db/queries/analysis";
import { listCycles } from "@/db/queries/cycles";
import { hasDemoData } from "@/db/queries/demo-data";
import { listMemberStates } from "@/db/queries/member-states";
import { countedDescription } from "@/lib/analysis/counting";
import { regionTrend, stateTrend } from "@/lib/analysis/trends";
import { CURRENT_FRAMEWORK } from "@/lib/framework";
import { REGIONS, regionName } from "@/lib/reference/regions";
import { FilterChips } from "@/app/_components/filter-chips";
import { NoticePanel } from "@/app/_components/notice-panel";
import { requirePageActor } from "@/app/_lib/session";
import { TrendLineChart } from "../_charts/trend-line-chart";
import { AnalysisHeader } from "../_components/analysis-header";
import { AnalystsOnly } from "../_components/analysts-only";
import { ChartCard } from "../_components/chart-card";
import { IncludeSubmittedSwitch } from "../_components/include-switch";
import { analysisHref, parseAnalysisQuery } from "../_lib/page-query";
import { StatePicker } from "./state-picker";
import { TrendChange } from "./trend-change";
import { TrendTable } from "./trend-table";

export const metadata: Metadata = { title: "Trends" };
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
  if (actor.role === "focal_point") return <AnalystsOnly />;

  const [cycles, states, demoData] = await Promise.all([listCycles(), listMemberStates(), hasDemoData()]);
  if (cycles.length === 0)
    return <NoticePanel title="No assessment cycle yet">An administrator opens the first cycle.</NoticePanel>;
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

  const pillars = CURRENT_FRAMEWORK.pillars.map((p) => ({ id: p.id, name: p.name }));
  const pillarIds = pillars.map((p) => p.id);
  const regionPoints = regionTrend(perCycle, region, pillarIds);
  const statePoints = history ? stateTrend(history.cycles, pillarIds, include) : [];
  const name = regionName(region);
  const counted = countedDescription(include);
  const newest = cycles[0]!.year;
  const href = (change: { region?: string; include?: "validated" | "submitted" }) =>
    analysisHref("/analysis/trends", {
      region: (change.region ?? region) as typeof region,
      state: iso3,
      include: change.include ?? include,
    });
  const first = cycles.at(-1)!.year;

  return (
    <div className="space-y-6">
      <AnalysisHeader
        eyebrow={`BDT analysis · ${first}–${newest}`}
        title="Trends across cycles"
        demoData={demoData}
        tab="trends"
        tabHrefs={{
          dashboard: analysisHref(`/analysis/${newest}`, { include }),
          heatmap: analysisHref(`/analysis/${newest}/heatmap`, { region, include }),
          trends: href({}),
        }}
      >
        How a region&apos;s average and one Member State&apos;s own overall and pillar scores moved from cycle to cycle,
        counting {counted}. A gap in a line is a cycle without a counted assessment.
      </AnalysisHeader>

      <div className="card flex flex-wrap items-center justify-between gap-4 p-4">
        <FilterChips
          label="Region"
          current={region}
          options={REGIONS.map((r) => ({ value: r.id, label: r.name }))}
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
        title={`${name}: regional average per cycle`}
        description={
          <>
            The mean overall and pillar scores of the region&apos;s {counted} in each cycle.{" "}
            <Link href={analysisHref(`/analysis/${newest}/heatmap`, { region, include })}>
              See {name}&apos;s answers in the heat map
            </Link>
            .
          </>
        }
        chart={
          <div className="space-y-2">
            <TrendChange points={regionPoints} />
            <TrendLineChart points={regionPoints} pillars={pillars} title={`${name}: regional average per cycle`} />
          </div>
        }
        table={
          <TrendTable
            caption={`Mean scores of ${name} per cycle (${counted})`}
            points={regionPoints}
            pillars={pillars}
            kind="region"
          />
        }
      />

      <div className="space-y-4">
        <div className="card p-4">
          <StatePicker states={states} current={iso3} region={region} include={include} />
        </div>
        {history ? (
          <ChartCard
            id="state-trend-heading"
            title={`${history.name}: scores per cycle`}
            description={
              <>
                {history.name}&apos;s own overall and pillar scores ({regionName(history.region)}); cycles whose
                assessment is not {include === "submitted" ? "validated or submitted" : "validated"} are gaps. Open a
                cycle&apos;s results from the table.
              </>
            }
            chart={
              <div className="space-y-2">
                <TrendChange points={statePoints} />
                <TrendLineChart points={statePoints} pillars={pillars} title={`${history.name}: scores per cycle`} />
              </div>
            }
            table={
              <TrendTable
                caption={`Scores of ${history.name} per cycle (${counted})`}
                points={statePoints}
                pillars={pillars}
                kind="state"
                iso3={history.iso3}
              />
            }
          />
        ) : (
          <p role="status" className="card text-center text-muted">
            No ITU Member State has the code {iso3}. Choose one from the list above.
          </p>
        )}
      </div>
    </div>
  );
}
