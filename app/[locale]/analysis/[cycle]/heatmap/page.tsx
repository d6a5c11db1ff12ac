import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listRegionAnswers } from "@/db/queries/analysis";
import { listCycles } from "@/db/queries/cycles";
import { hasDemoData } from "@/db/queries/demo-data";
import { countedDescription } from "@/lib/analysis/counting";
import { heatmapMatrix } from "@/lib/analysis/heatmap";
import { cycleParamsSchema } from "@/lib/api/analysis.validation";
import { CURRENT_FRAMEWORK } from "@/lib/framework";
import { REGIONS, regionName } from "@/lib/reference/regions";
import { FilterChips } from "@/app/_components/filter-chips";
import { requirePageActor } from "@/app/_lib/session";
import { AnalysisHeader } from "../../_components/analysis-header";
import { AnalystsOnly } from "../../_components/analysts-only";
import { CycleControls } from "../../_components/cycle-controls";
import { analysisHref, parseAnalysisQuery } from "../../_lib/page-query";
import { HeatmapLegend } from "./heatmap-legend";
import { HeatmapTable } from "./heatmap-table";
import { UnknownCycle } from "../../_components/unknown-cycle";

export const metadata: Metadata = { title: "Heat map" };
export const dynamic = "force-dynamic";

const DEFAULT_REGION = "africa";

export default async function HeatmapPage({
  params,
  searchParams,
}: {
  params: Promise<{ cycle: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const parsed = cycleParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { cycle } = parsed.data;
  const query = parseAnalysisQuery(await searchParams);
  const region = query.region ?? DEFAULT_REGION;
  const include = query.include;
  const actor = await requirePageActor(analysisHref(`/analysis/${cycle}/heatmap`, { region, include }));
  if (actor.role === "focal_point") return <AnalystsOnly />;

  const cycles = await listCycles();
  if (!cycles.some((c) => c.year === cycle)) return <UnknownCycle cycle={cycle} cycles={cycles} />;
  const [answers, demoData] = await Promise.all([listRegionAnswers(actor, cycle, region, include), hasDemoData()]);
  const matrix = heatmapMatrix(CURRENT_FRAMEWORK, answers.states, answers.answers);
  const name = regionName(region);
  const counted = countedDescription(include);
  const href = (change: { cycle?: number; include?: "validated" | "submitted"; region?: string }) =>
    analysisHref(`/analysis/${change.cycle ?? cycle}/heatmap`, {
      region: (change.region ?? region) as typeof region,
      include: change.include ?? include,
    });

  return (
    <div className="space-y-6">
      <AnalysisHeader
        eyebrow={`BDT analysis · ${cycle} cycle`}
        title={`Heat map of answers: ${name}`}
        demoData={demoData}
        tab="heatmap"
        tabHrefs={{
          dashboard: analysisHref(`/analysis/${cycle}`, { include }),
          heatmap: href({}),
          trends: analysisHref("/analysis/trends", { region, include }),
        }}
      >
        Which questions a region&apos;s Member States answer strongly, and where they fall short: each cell is the
        credit an answer earns (halved where required evidence is missing), for the {counted} of {name}. Open a
        state&apos;s results from its column heading.
      </AnalysisHeader>

      <CycleControls cycles={cycles} cycle={cycle} include={include} hrefFor={href} />
      <div className="card p-4">
        <FilterChips
          label="Region"
          current={region}
          options={REGIONS.map((r) => ({ value: r.id, label: r.name }))}
          hrefFor={(v) => href({ region: v ?? DEFAULT_REGION })}
        />
      </div>

      <section aria-labelledby="heatmap-heading" className="card space-y-4 px-0 pb-0">
        <div className="space-y-3 px-5">
          <div>
            <h2 id="heatmap-heading" className="text-lg font-semibold">
              {matrix.states.length} Member States of {name} × {CURRENT_FRAMEWORK.questions.length} questions
            </h2>
            <p className="text-sm text-muted">
              Rows are the questions, grouped by pillar (hover a question for its full text, or read it in the{" "}
              <Link href="/framework">questionnaire</Link>); the last column is the question&apos;s mean credit in the
              region.
            </p>
          </div>
          <HeatmapLegend />
        </div>
        {matrix.states.length === 0 ? (
          <p className="border-t border-line p-6 text-center text-muted">
            No Member State of {name} has a {include === "submitted" ? "validated or submitted" : "validated"}{" "}
            assessment in the {cycle} cycle yet.
            {include === "validated" && " Count submitted assessments too to see those awaiting review."}
          </p>
        ) : (
          <HeatmapTable matrix={matrix} cycle={cycle} regionName={name} />
        )}
      </section>
    </div>
  );
}
