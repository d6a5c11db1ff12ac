import { isStateRole } from "@/lib/assessment/status";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getAssessment, type AssessmentView } from "@/server/assessments";
import { frameworkOf } from "@/lib/framework";
import { assessmentParamsSchema } from "@/lib/api/assessments.validation";
import { localizeFramework } from "@/lib/framework/i18n/localize";
import { memberStateName } from "@/lib/reference";
import { Link } from "@/app/_i18n/navigation";
import { NoticePanel } from "@/app/_components/notice-panel";
import { DemoDataNotice } from "@/app/_components/demo-data-notice";
import { StatusBadge } from "@/app/_components/status-badge";
import { requirePageActor } from "@/app/_lib/session";
import { LinkChecksProvider } from "@/app/_components/evidence/link-check";
import { listLinkChecksOfView } from "@/server/link-checks";
import { ReviewForm, type ReviewItem } from "./_components/review-form";
import { FilterChips } from "@/app/_components/filter-chips";
import { getReviews, type ReviewsView } from "@/server/validation";
import { isOpen } from "@/lib/validation/dialogue";
import { z } from "zod";
import { errorText } from "@/app/_lib/error-text";
import { PageMessages } from "@/app/_i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("results.review");
  return { title: t("metaTitle") };
}

const SHOW = ["not_reviewed", "open", "evidence_missing"] as const;
const querySchema = z.object({
  show: z.enum(SHOW).optional().catch(undefined),
  pillar: z.string().max(40).optional().catch(undefined),
});

export default async function ReviewAssessmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ iso3: string; cycle: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const query = querySchema.parse(await searchParams);
  const parsed = assessmentParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { iso3, cycle } = parsed.data;
  const actor = await requirePageActor(`/states/${iso3}/${cycle}/review`);
  const locale = await getLocale();
  const t = await getTranslations("results.review");
  let view: AssessmentView;
  let reviews: ReviewsView;
  try {
    [view, reviews] = await Promise.all([getAssessment(actor, iso3, cycle), getReviews(actor, iso3, cycle)]);
  } catch (error) {
    if (error instanceof AppError)
      return (
        <NoticePanel title={error.status === 404 ? t("notFound") : t("forbidden")}>
          {await errorText(error)}
        </NoticePanel>
      );
    throw error;
  }
  const framework = localizeFramework(frameworkOf(view.framework), locale);
  const linkChecks = await listLinkChecksOfView(view);
  const name = memberStateName(iso3, locale);
  const canDecide = !isStateRole(actor.role) && view.status === "submitted";
  const tr = await getTranslations("validation.reviewer");
  const answers = new Map(view.answers.map((a) => [a.questionId, a]));
  const reviewOf = new Map(reviews.items.map((r) => [r.questionId, r]));
  const all: ReviewItem[] = framework.questions.map((question) => {
    const answer = answers.get(question.id);
    const documents = view.documents.filter((d) => d.questionId === question.id);
    return {
      question,
      answer,
      documents,
      review: reviewOf.get(question.id) ?? {
        questionId: question.id,
        state: "not_reviewed",
        proposedValue: null,
        steps: [],
      },
      evidenceMissing: question.evidenceRequired && (answer?.evidence.length ?? 0) === 0 && documents.length === 0,
    };
  });
  const matches: Record<(typeof SHOW)[number], (item: ReviewItem) => boolean> = {
    not_reviewed: (i) => i.review.state === "not_reviewed",
    open: (i) => isOpen(i.review.state),
    evidence_missing: (i) => i.evidenceMissing,
  };
  const shown = all.filter(
    (i) => (!query.show || matches[query.show](i)) && (!query.pillar || i.question.pillar === query.pillar),
  );
  const href = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries({ show: query.show, pillar: query.pillar, ...change })) if (v) next.set(k, v);
    const search = next.toString();
    return `/states/${iso3}/${cycle}/review${search ? `?${search}` : ""}`;
  };
  const openComments = reviews.items
    .filter((r) => isOpen(r.state))
    .map((r) => ({
      questionId: r.questionId,
      text: [...r.steps].reverse().find((s) => s.role !== "focal_point" && s.comment)?.comment ?? r.questionId,
    }));

  return (
    <PageMessages page="states/[iso3]/[cycle]/review">
      <div className="space-y-6">
        <header className="space-y-2">
          <p className="eyebrow rtl:tracking-normal">{t("eyebrow", { cycle })}</p>
          <h1 className="text-display font-bold">{name}</h1>
          <p className="flex items-center gap-3 text-sm text-muted">
            <StatusBadge status={view.status} />
            <span>{t("version", { version: view.version })}</span>
            <Link href={`/states/${iso3}/${cycle}/audit`}>{t("changeHistory")}</Link>
            <a href={`/api/v1/assessments/${iso3}/${cycle}/answers.csv`} download>
              {t("answersCsv")}
            </a>
          </p>
          <DemoDataNotice />
        </header>
        {view.comments.length > 0 && (
          <section className="card space-y-2" aria-labelledby="last-comments">
            <h2 id="last-comments" className="font-semibold">
              {t("lastComments")}
            </h2>
            <ul className="space-y-1 text-sm">
              {view.comments.map((c, i) => (
                <li key={i}>
                  {t.rich("comment", {
                    id: c.questionId,
                    text: c.text,
                    author: c.author,
                    question: (chunks) => (
                      <a href={`#${c.questionId}`} className="font-mono">
                        {chunks}
                      </a>
                    ),
                    muted: (chunks) => <span className="text-muted">{chunks}</span>,
                  })}
                </li>
              ))}
            </ul>
          </section>
        )}
        <section className="card space-y-3 p-4" aria-label={tr("filter")}>
          <p className="flex flex-wrap items-center gap-3">
            <strong data-testid="review-progress">{tr("progress", reviews.progress)}</strong>
            <span className="text-sm text-muted">{tr("open", { count: reviews.openQuestionIds.length })}</span>
          </p>
          <FilterChips
            label={tr("filter")}
            current={query.show}
            options={[
              { value: undefined, label: tr("all", { count: all.length }) },
              { value: "not_reviewed", label: tr("notReviewed", { count: all.filter(matches.not_reviewed).length }) },
              { value: "open", label: tr("openItems", { count: all.filter(matches.open).length }) },
              {
                value: "evidence_missing",
                label: tr("evidenceMissing", { count: all.filter(matches.evidence_missing).length }),
              },
            ]}
            hrefFor={(v) => href({ show: v })}
          />
          <FilterChips
            label={tr("pillar")}
            current={query.pillar}
            options={[
              { value: undefined, label: tr("allPillars") },
              ...framework.pillars.map((p) => ({ value: p.id, label: p.name })),
            ]}
            hrefFor={(v) => href({ pillar: v })}
          />
          {canDecide && <p className="text-sm text-muted">{tr("shortcuts")}</p>}
        </section>
        <LinkChecksProvider checks={linkChecks}>
          <ReviewForm iso3={iso3} cycle={cycle} items={shown} canDecide={canDecide} openComments={openComments} />
        </LinkChecksProvider>
      </div>
    </PageMessages>
  );
}
