import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AppError } from "@/db/errors";
import { getResults, type ResultsView } from "@/db/queries/results";
import { assessmentParamsSchema } from "@/lib/api/assessments.validation";
import type { Actor } from "@/lib/assessment/actor";
import { formatCompletion } from "@/lib/results/format";
import { gapRows } from "@/lib/results/gap-rows";
import { scoringOnly } from "@/lib/results/scoring-only";
import { comparisonRows } from "@/lib/results/series";
import { formatScore } from "@/lib/scoring";
import { NoticePanel } from "@/app/_components/notice-panel";
import { StatusBadge } from "@/app/_components/status-badge";
import { requirePageActor } from "@/app/_lib/session";
import type { SeriesLabels } from "./chart-series";
import { ComparisonTable } from "./comparison-table";
import { GapPlanner } from "./gap-planner";
import { PlanEffects } from "./plan-effects";
import { OutcomeBarsChart, PillarRadarChart } from "./results-charts";
import { ScoreSummary } from "./score-summary";
import { SeriesLegend } from "./series-legend";

export const dynamic = "force-dynamic";

type Params = Promise<{ iso3: string; cycle: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { iso3, cycle } = await params;
  return { title: `Results ${iso3.toUpperCase()} ${cycle}` };
}

export default async function StateResultsPage({ params }: { params: Params }) {
  const raw = await params;
  const parsed = assessmentParamsSchema.safeParse(raw);
  if (!parsed.success) notFound();
  const { iso3, cycle } = parsed.data;
  const path = `/states/${iso3}/${cycle}`;
  if (raw.iso3 !== iso3 || raw.cycle !== String(cycle)) redirect(path);
  const actor = await requirePageActor(path);
  let results: ResultsView;
  try {
    results = await getResults(actor, iso3, cycle);
  } catch (error) {
    if (error instanceof AppError) return <ResultsUnavailable error={error} actor={actor} />;
    throw error;
  }
  return <Results results={results} path={path} />;
}

function ResultsUnavailable({ error, actor }: { error: AppError; actor: Actor }) {
  const action =
    actor.role === "focal_point"
      ? { href: "/results", label: "Go to your results" }
      : { href: "/results", label: "Go to the review list" };
  return (
    <div data-testid="results-unavailable" data-status={error.status}>
      <NoticePanel
        title={error.status === 404 ? "No such results" : "These results are not available to you"}
        action={action}
      >
        {error.message}
      </NoticePanel>
    </div>
  );
}

function provisionalNote(status: ResultsView["assessment"]["status"]): string | null {
  switch (status) {
    case "validated":
      return null;
    case "submitted":
      return "Submitted and awaiting validation by BDT: the scores may still change if the assessment is returned.";
    case "not_started":
      return "This assessment has not been started: every question still counts as a gap.";
    default:
      return "Provisional: these scores follow the answers saved so far and change as the assessment is completed. BDT has not validated them.";
  }
}

function Results({ results, path }: { results: ResultsView; path: string }) {
  const { assessment, framework, state, previous, regionAverage, gaps } = results;
  const { scores, cycle } = assessment;
  const labels: SeriesLabels = {
    current: `${cycle} (this cycle)`,
    previous: previous ? `${previous.cycle} (previous)` : null,
    region: regionAverage ? `${state.regionName} average` : null,
  };
  const columns: SeriesLabels = {
    current: String(cycle),
    previous: previous ? String(previous.cycle) : null,
    region: regionAverage ? `${state.regionName} average` : null,
  };
  const comparedWith = [
    previous ? `its latest validated cycle, ${previous.cycle}` : null,
    regionAverage
      ? `the average of the ${regionAverage.count} validated assessment${regionAverage.count === 1 ? "" : "s"} of the ${state.regionName} region in ${cycle}`
      : null,
  ].filter(Boolean);
  const caption = (what: string) =>
    `${what} of ${state.name} in ${cycle}${comparedWith.length > 0 ? `, compared with ${comparedWith.join(" and ")}` : ""}.`;
  const pillarRows = comparisonRows(
    framework.pillars,
    scores.pillars,
    previous?.scores.pillars ?? null,
    regionAverage?.pillars ?? null,
  );
  const outcomeRows = comparisonRows(
    framework.outcomes.map((o) => ({ id: o.id, name: `${o.id} ${o.name}` })),
    scores.outcomes,
    previous?.scores.outcomes ?? null,
    regionAverage?.outcomes ?? null,
  );
  const rows = gapRows(framework, assessment.answers, gaps);
  const note = provisionalNote(assessment.status);
  const generated = new Date().toISOString().slice(0, 10);

  return (
    <div className="space-y-8 print:space-y-5" data-testid="results">
      <header className="space-y-3">
        <p className="eyebrow">
          <span className="print:hidden">Results</span>
          <span className="hidden print:inline">Country report</span> · {cycle} cycle · WTDC Resolution 45
        </p>
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h1 className="text-display font-bold">{state.name}</h1>
          <a href={`${path}/report.pdf`} className="btn-secondary print:hidden" download>
            Download PDF report
          </a>
        </div>
        <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm text-muted">
          <StatusBadge status={assessment.status} />
          <span>{state.regionName} region</span>
          <span className="inline-flex items-center gap-2" data-testid="completion">
            <span>{formatCompletion(scores.completion)} of questions answered</span>
            <span
              aria-hidden="true"
              className="inline-block h-1.5 w-24 overflow-hidden rounded-full bg-line print:hidden"
            >
              <span className="block h-full bg-brand-600" style={{ width: `${scores.completion * 100}%` }} />
            </span>
          </span>
          <span>
            Questionnaire version {framework.version} (<code className="font-mono text-xs">{framework.id}</code>)
          </span>
        </div>
        {note && (
          <p className="max-w-3xl rounded-md border border-amber-200 bg-amber-50 px-4 py-2 text-sm text-warn print:bg-transparent">
            {note}
          </p>
        )}
        <p className="hidden text-xs text-muted print:block">
          Generated on {generated} by Res45 Readiness. Scores follow the published methodology: pillar and outcome
          scores are weighted averages of question credits, the overall score is the mean of the five pillars.
        </p>
      </header>

      <ScoreSummary
        framework={framework}
        scores={scores}
        previous={previous}
        regionAverage={regionAverage}
        regionName={state.regionName}
      />

      <section
        aria-labelledby="pillars-heading"
        className="card space-y-4 break-inside-avoid print:space-y-2 print:p-4 print:shadow-none"
      >
        <div>
          <h2 id="pillars-heading" className="text-2xl font-bold text-brand-900 print:text-xl">
            Pillars
          </h2>
          <p className="text-sm text-muted">
            The five pillars of the Global Cybersecurity Index, each scored from 0 to 100. The overall score is their
            weighted mean.
          </p>
        </div>
        <div className="grid items-center gap-6 lg:grid-cols-2 print:grid-cols-[minmax(0,5fr)_minmax(0,6fr)] print:gap-4">
          <figure className="space-y-2" data-chart="pillars">
            <PillarRadarChart rows={pillarRows} labels={labels} />
            <figcaption>
              <SeriesLegend labels={labels} shape="line" />
            </figcaption>
          </figure>
          <ComparisonTable
            caption={caption("Pillar scores")}
            itemHeader="Pillar"
            rows={pillarRows}
            columns={columns}
            testId="pillar-table"
          />
        </div>
      </section>

      <section
        aria-labelledby="outcomes-heading"
        className="card space-y-4 break-inside-avoid print:space-y-2 print:p-4 print:shadow-none"
      >
        <div>
          <h2 id="outcomes-heading" className="text-2xl font-bold text-brand-900 print:text-xl">
            ITU-D outcomes D.3
          </h2>
          <p className="text-sm text-muted">
            The same answers, grouped by the Resolution 45 outcome each question serves. Outcome scores are shown beside
            the pillars; they do not enter the overall score.
          </p>
        </div>
        <div className="grid items-center gap-6 lg:grid-cols-2 print:grid-cols-[minmax(0,5fr)_minmax(0,6fr)] print:gap-4">
          <figure className="space-y-2" data-chart="outcomes">
            <OutcomeBarsChart rows={outcomeRows} labels={labels} />
            <figcaption>
              <SeriesLegend labels={labels} shape="bar" />
            </figcaption>
          </figure>
          <ComparisonTable
            caption={caption("Outcome scores")}
            itemHeader="Outcome"
            rows={outcomeRows}
            columns={columns}
            testId="outcome-table"
          />
        </div>
      </section>

      {results.plan && previous && results.plan.effects.length > 0 && (
        <PlanEffects
          effects={results.plan.effects}
          framework={framework}
          previousCycle={previous.cycle}
          cycle={cycle}
        />
      )}

      <section aria-labelledby="gaps-heading" className="space-y-4">
        <div className="space-y-1">
          <h2 id="gaps-heading" className="text-2xl font-bold text-brand-900 print:text-xl">
            Gaps, largest first
          </h2>
          {rows.length === 0 ? (
            <p className="text-muted">Every question has its best answer, with evidence where required: no gaps.</p>
          ) : (
            <p className="max-w-3xl text-sm text-muted" data-testid="gap-summary">
              {rows.length} of {framework.questions.length} questions score below their best answer. Each gap shows its
              shortfall: the overall-score points that closing it alone would add. Shortfalls add up; closing every gap
              adds {formatScore(100 - scores.overall)} points, up to 100.
            </p>
          )}
        </div>
        {rows.length > 0 && (
          <GapPlanner
            framework={scoringOnly(framework)}
            answers={assessment.answers.map((a) => ({
              questionId: a.questionId,
              value: a.value,
              evidence: a.evidence,
            }))}
            rows={rows}
            plan={
              results.plan && {
                iso3: state.iso3,
                canEdit: results.plan.canEdit,
                cycle,
                actions: results.plan.actions.map(
                  ({ id, questionId, title, status, owner, targetDate, createdCycle }) => ({
                    id,
                    questionId,
                    title,
                    status,
                    owner,
                    targetDate,
                    createdCycle,
                  }),
                ),
              }
            }
          />
        )}
      </section>
    </div>
  );
}
