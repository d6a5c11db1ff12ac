import { isStateRole } from "@/lib/assessment/status";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getResults, type ResultsView } from "@/server/results";
import { assessmentParamsSchema } from "@/lib/api/assessments.validation";
import type { Actor } from "@/lib/assessment/actor";
import { frameworkOf } from "@/lib/framework";
import { clauseSummary, localizeFramework } from "@/lib/framework/i18n/localize";
import { localizedRegionName, memberStateName } from "@/lib/reference";
import { formatCompletion } from "@/lib/results/format";
import { gapRows } from "@/lib/results/gap-rows";
import { plannerAnswers, plannerFramework } from "@/lib/results/planner-data";
import { comparisonRows } from "@/lib/results/series";
import { hasScoreYet } from "@/lib/results/score-state";
import { formatScore } from "@/lib/scoring";
import { redirect } from "@/app/_i18n/navigation";
import { NoticePanel } from "@/app/_components/notice-panel";
import { DemoDataNotice } from "@/app/_components/demo-data-notice";
import { StatusBadge } from "@/app/_components/status-badge";
import { requirePageActor } from "@/app/_lib/session";
import type { SeriesLabels } from "./_components/chart-series";
import { ComparisonSection } from "./_components/comparison-section";
import { EvidenceDocuments } from "./_components/evidence-documents";
import { TwoScores } from "./_components/two-scores";
import { ValidationAnnex } from "./_components/validation-annex";
import { GapPlanner } from "./_components/gap-planner";
import { PlanEffects } from "./_components/plan-effects";
import { OutcomeBarsChart, PillarRadarChart } from "./_components/results-charts";
import { ScoreSummary } from "./_components/score-summary";
import { ConsentCard, type ConsentCardView } from "./_components/consent-card";
import { getConsent } from "@/server/publication";
import { isFocalPointOf } from "@/lib/assessment/access";
import { errorText } from "@/app/_lib/error-text";
import { PageMessages } from "@/app/_i18n/page-messages";

export const dynamic = "force-dynamic";

type Params = Promise<{ iso3: string; cycle: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { iso3, cycle } = await params;
  const t = await getTranslations("results.page");
  return { title: t("metaTitle", { iso3: iso3.toUpperCase(), cycle }) };
}

export default async function StateResultsPage({ params }: { params: Params }) {
  const raw = await params;
  const parsed = assessmentParamsSchema.safeParse(raw);
  if (!parsed.success) notFound();
  const { iso3, cycle } = parsed.data;
  const path = `/states/${iso3}/${cycle}`;
  const locale = await getLocale();
  if (raw.iso3 !== iso3 || raw.cycle !== String(cycle)) redirect({ href: path, locale });
  const actor = await requirePageActor(path);
  let results: ResultsView;
  try {
    results = await getResults(actor, iso3, cycle);
  } catch (error) {
    if (error instanceof AppError) return <ResultsUnavailable error={error} actor={actor} />;
    throw error;
  }
  const consent = await getConsent(actor, iso3, cycle);
  const consentView: ConsentCardView = {
    iso3,
    cycle,
    stateName: memberStateName(iso3, locale),
    consent: consent.consent,
    decidedByName: consent.decidedByName,
    decidedAt: consent.decidedAt?.toISOString() ?? null,
    publishAt: consent.publishAt?.toISOString() ?? null,
    open: consent.open,
    validated: consent.status === "validated",
    canDecide: isFocalPointOf(actor, iso3),
  };
  return (
    <PageMessages page="states/[iso3]/[cycle]">
      <Results results={results} path={path} locale={locale} consent={consentView} />
    </PageMessages>
  );
}

async function ResultsUnavailable({ error, actor }: { error: AppError; actor: Actor }) {
  const t = await getTranslations("results.page");
  const action = isStateRole(actor.role)
    ? { href: "/results", label: t("goToYourResults") }
    : { href: "/results", label: t("goToReviewList") };
  return (
    <div data-testid="results-unavailable" data-status={error.status}>
      <NoticePanel title={error.status === 404 ? t("notFoundTitle") : t("forbiddenTitle")} action={action}>
        {await errorText(error)}
      </NoticePanel>
    </div>
  );
}

/** Why the scores may still change (or why there are none yet); null once BDT has validated them. */
function provisionalKey(status: ResultsView["assessment"]["status"], scored: boolean) {
  if (status === "draft" && !scored) return "incomplete";
  switch (status) {
    case "validated":
      return null;
    case "submitted":
      return "submitted";
    case "not_started":
      return "notStarted";
    default:
      return "draft";
  }
}

async function Results({
  results,
  path,
  locale,
  consent,
}: {
  results: ResultsView;
  path: string;
  locale: string;
  consent: ConsentCardView;
}) {
  const t = await getTranslations("results");
  const format = await getFormatter();
  const { assessment, state, previous, regionAverage, gaps } = results;
  const { scores, cycle } = assessment;
  // The database rows carry English names; the reader's language names the state, the region and the questionnaire.
  const framework = localizeFramework(results.framework, locale);
  const stateName = memberStateName(state.iso3, locale);
  const regionName = localizedRegionName(state.region, locale);
  // Not started or incomplete: "no score yet", and no current series to compare (never 0.00 and its change).
  const scored = hasScoreYet({ status: assessment.status, completion: scores.completion });
  const labels: SeriesLabels = {
    current: scored ? t("series.current", { cycle }) : null,
    previous: previous ? t("series.previous", { cycle: previous.cycle }) : null,
    region: regionAverage ? t("series.region", { region: regionName }) : null,
  };
  const columns: SeriesLabels = {
    current: String(cycle),
    previous: previous ? String(previous.cycle) : null,
    region: regionAverage ? t("series.region", { region: regionName }) : null,
  };
  const comparedWithPrevious = previous ? t("caption.previous", { cycle: previous.cycle }) : null;
  const comparedWithRegion = regionAverage
    ? t("caption.region", { count: regionAverage.count, region: regionName, cycle })
    : null;
  const comparisons =
    comparedWithPrevious && comparedWithRegion
      ? t("caption.both", { previous: comparedWithPrevious, region: comparedWithRegion })
      : (comparedWithPrevious ?? comparedWithRegion);
  const caption = (what: string) =>
    comparisons
      ? t("caption.compared", { what, state: stateName, cycle, comparisons })
      : t("caption.plain", { what, state: stateName, cycle });
  const pillarRows = comparisonRows(
    framework.pillars,
    scored ? scores.pillars : null,
    previous?.scores.pillars ?? null,
    regionAverage?.pillars ?? null,
  );
  const outcomeRows = comparisonRows(
    framework.outcomes.map((o) => ({ id: o.id, name: `${o.id} ${o.name}` })),
    scored ? scores.outcomes : null,
    previous?.scores.outcomes ?? null,
    regionAverage?.outcomes ?? null,
  );
  // gapRows cites the clause in the reader's language; the summary's translations are server-only.
  const rows = gapRows(framework, results.scoredAnswers, gaps, locale).map((row) => ({
    ...row,
    clauseSummary: clauseSummary(row.clauseId, locale),
  }));
  const note = provisionalKey(assessment.status, scored);
  const pdf = `${path}/report.pdf?locale=${locale}`;

  return (
    <div className="space-y-8 print:space-y-5" data-testid="results">
      <header className="space-y-3">
        <p className="eyebrow rtl:tracking-normal">
          <span className="print:hidden">{t("page.eyebrow")}</span>
          <span className="hidden print:inline">{t("page.eyebrowReport")}</span> · {t("page.eyebrowCycle", { cycle })}
        </p>
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h1 className="text-display font-bold">{stateName}</h1>
          <a href={pdf} className="btn-secondary print:hidden" download>
            {t("page.downloadPdf")}
          </a>
        </div>
        <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm text-muted">
          <StatusBadge status={assessment.status} />
          <span>{t("page.region", { region: regionName })}</span>
          <span className="inline-flex items-center gap-2" data-testid="completion">
            <span>{t("page.completion", { percent: formatCompletion(scores.completion, locale) })}</span>
            <span
              aria-hidden="true"
              className="inline-block h-1.5 w-24 overflow-hidden rounded-full bg-line print:hidden"
            >
              <span className="block h-full bg-brand-600" style={{ width: `${scores.completion * 100}%` }} />
            </span>
          </span>
          <span>
            {t.rich("page.version", {
              version: framework.version,
              id: framework.id,
              code: (chunks) => (
                <code className="font-mono text-xs" dir="ltr">
                  {chunks}
                </code>
              ),
            })}
          </span>
        </div>
        {note && (
          <p className="max-w-3xl rounded-md border border-amber-200 bg-amber-50 px-4 py-2 text-sm text-warn print:bg-transparent">
            {t(`page.provisional.${note}`)}
          </p>
        )}
        <DemoDataNotice />
        <p className="hidden text-xs text-muted print:block">
          {t("page.generated", { date: format.dateTime(new Date(), { dateStyle: "medium" }) })}
        </p>
      </header>

      <ScoreSummary
        framework={framework}
        scores={scores}
        scored={scored}
        previous={previous}
        regionAverage={regionAverage}
        regionName={regionName}
      />
      {scored && <TwoScores scores={scores} validated={assessment.validatedScores} />}
      {previous && previous.framework !== assessment.framework && (
        <p className="rounded-md border-s-4 border-brand-500 bg-brand-50 p-4 text-sm" data-testid="version-change">
          {t("page.versionChange", {
            cycle: previous.cycle,
            from: localizeFramework(frameworkOf(previous.framework), locale).title,
            to: framework.title,
          })}
        </p>
      )}

      <ComparisonSection
        name="pillars"
        heading={t("pillars.heading")}
        intro={t("pillars.intro")}
        chart={<PillarRadarChart rows={pillarRows} labels={labels} />}
        legend="line"
        labels={labels}
        caption={caption(t("pillars.scores"))}
        itemHeader={t("pillars.itemHeader")}
        rows={pillarRows}
        columns={columns}
        testId="pillar-table"
      />

      <ComparisonSection
        name="outcomes"
        heading={t("outcomes.heading")}
        intro={t("outcomes.intro")}
        chart={<OutcomeBarsChart rows={outcomeRows} labels={labels} />}
        legend="bar"
        labels={labels}
        caption={caption(t("outcomes.scores"))}
        itemHeader={t("outcomes.itemHeader")}
        rows={outcomeRows}
        columns={columns}
        testId="outcome-table"
      />

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
            {t("gaps.heading")}
          </h2>
          {rows.length === 0 ? (
            <p className="text-muted">{t("gaps.none")}</p>
          ) : (
            <p className="max-w-3xl text-sm text-muted" data-testid="gap-summary">
              {t("gaps.summary", {
                gaps: rows.length,
                questions: framework.questions.length,
                points: formatScore(100 - scores.overall, locale),
              })}
            </p>
          )}
        </div>
        {rows.length > 0 && (
          <GapPlanner
            framework={plannerFramework(framework)}
            answers={plannerAnswers(results.scoredAnswers)}
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

      {assessment.status === "validated" && <ConsentCard view={consent} />}

      <EvidenceDocuments documents={assessment.documents} questions={framework.questions} />
      <ValidationAnnex reviewed={results.reviewed} questions={framework.questions} />
    </div>
  );
}
