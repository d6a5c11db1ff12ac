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
import { ReviewForm } from "./_components/review-form";
import { errorText } from "@/app/_lib/error-text";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("results.review");
  return { title: t("metaTitle") };
}

export default async function ReviewAssessmentPage({ params }: { params: Promise<{ iso3: string; cycle: string }> }) {
  const parsed = assessmentParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { iso3, cycle } = parsed.data;
  const actor = await requirePageActor(`/states/${iso3}/${cycle}/review`);
  const locale = await getLocale();
  const t = await getTranslations("results.review");
  let view: AssessmentView;
  try {
    view = await getAssessment(actor, iso3, cycle);
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
  const canDecide = actor.role !== "focal_point" && view.status === "submitted";

  return (
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
      <LinkChecksProvider checks={linkChecks}>
        <ReviewForm
          iso3={iso3}
          cycle={cycle}
          questions={framework.questions}
          answers={Object.fromEntries(view.answers.map((a) => [a.questionId, a]))}
          documents={view.documents}
          canDecide={canDecide}
        />
      </LinkChecksProvider>
    </div>
  );
}
