import { isStateRole } from "@/lib/assessment/status";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { listRegionAnswers } from "@/server/analysis";
import { listCycles } from "@/server/cycles";
import { heatmapMatrix } from "@/lib/analysis/heatmap";
import { cycleParamsSchema } from "@/lib/api/analysis.validation";
import { countByFramework, cycleFrameworkId, frameworkOf } from "@/lib/framework";
import { localizeFramework } from "@/lib/framework/i18n/localize";
import { memberStateName } from "@/lib/reference";
import { REGIONS, localizedRegionName } from "@/lib/reference/regions";
import { Link } from "@/app/_i18n/navigation";
import { FilterChips } from "@/app/_components/filter-chips";
import { requirePageActor } from "@/app/_lib/session";
import { AnalysisHeader } from "../../_components/analysis-header";
import { AnalystsOnly } from "../../_components/analysts-only";
import { CycleControls } from "../../_components/cycle-controls";
import { UnknownCycle } from "../../_components/unknown-cycle";
import { analysisHref, parseAnalysisQuery } from "@/app/[locale]/analysis/_components/page-query";
import { HeatmapLegend } from "./_components/heatmap-legend";
import { HeatmapTable } from "./_components/heatmap-table";
import { PageMessages } from "@/app/_i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("analysis.metadata");
  return { title: t("heatmap") };
}

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
  if (isStateRole(actor.role)) return <AnalystsOnly />;

  const cycles = await listCycles();
  if (!cycles.some((c) => c.year === cycle)) return <UnknownCycle cycle={cycle} cycles={cycles} />;
  const answers = await listRegionAnswers(actor, cycle, region, include);
  const locale = await getLocale();
  const t = await getTranslations("analysis");
  // One questionnaire version per matrix: the cycle's (see cycleFrameworkId); states answered with another
  // version are counted in a note, since their answers do not fill the same rows.
  const open = cycles.some((c) => c.year === cycle && c.status === "open");
  const frameworkId = cycleFrameworkId(open, countByFramework(answers.states));
  const framework = localizeFramework(frameworkOf(frameworkId), locale);
  const otherVersion = answers.states.filter((s) => s.frameworkId !== frameworkId).length;
  // Columns are ordered by the names the reader sees.
  const states = answers.states
    .filter((s) => s.frameworkId === frameworkId)
    .map((s) => ({ ...s, name: memberStateName(s.iso3, locale) }));
  const matrix = heatmapMatrix(framework, states, answers.answers);
  const name = localizedRegionName(region, locale);
  const year = String(cycle);
  const href = (change: { cycle?: number; include?: "validated" | "submitted"; region?: string }) =>
    analysisHref(`/analysis/${change.cycle ?? cycle}/heatmap`, {
      region: (change.region ?? region) as typeof region,
      include: change.include ?? include,
    });

  return (
    <PageMessages page="analysis/[cycle]/heatmap">
      <div className="space-y-6">
        <AnalysisHeader
          eyebrow={t("shared.eyebrowCycle", { cycle: year })}
          title={t("heatmap.title", { name })}
          tab="heatmap"
          tabHrefs={{
            dashboard: analysisHref(`/analysis/${cycle}`, { include }),
            heatmap: href({}),
            trends: analysisHref("/analysis/trends", { region, include }),
          }}
        >
          {t("heatmap.intro", { include, name })}
        </AnalysisHeader>

        <CycleControls cycles={cycles} cycle={cycle} include={include} hrefFor={href} />
        <div className="card p-4">
          <FilterChips
            label={t("shared.region")}
            current={region}
            options={REGIONS.map((r) => ({ value: r.id, label: localizedRegionName(r.id, locale) }))}
            hrefFor={(v) => href({ region: v ?? DEFAULT_REGION })}
          />
        </div>

        <section aria-labelledby="heatmap-heading" className="card space-y-4 px-0 pb-0">
          <div className="space-y-3 px-5">
            <div>
              <h2 id="heatmap-heading" className="text-lg font-semibold">
                {t("heatmap.heading", { states: matrix.states.length, name, questions: framework.questions.length })}
              </h2>
              <p className="text-sm text-muted">
                {t.rich("heatmap.text", { link: (chunks) => <Link href="/framework">{chunks}</Link> })}
              </p>
              <p className="text-sm text-muted" data-testid="heatmap-version">
                {t("heatmap.version", { framework: framework.title, id: frameworkId })}
                {otherVersion > 0 && <> {t("heatmap.otherVersion", { count: otherVersion })}</>}
              </p>
            </div>
            <HeatmapLegend />
          </div>
          {matrix.states.length === 0 ? (
            <p className="border-t border-line p-6 text-center text-muted">
              {t("heatmap.empty", { include, name, cycle: year })}
            </p>
          ) : (
            <HeatmapTable matrix={matrix} cycle={cycle} regionName={name} />
          )}
        </section>
      </div>
    </PageMessages>
  );
}
