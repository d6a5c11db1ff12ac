import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { openAssessmentForEditing } from "@/server/assessments";
import { frameworkOf, withPoints } from "@/lib/framework";
import { getOpenCycle } from "@/server/cycles";
import { listActionsOfState } from "@/server/plans";
import { isEditable, isStateRole } from "@/lib/assessment/status";
import { listAllComments, listMentionable } from "@/server/comments";
import { listAssignments } from "@/server/team";
import { MyQuestions } from "./_components/my-questions";
import { localizeFramework } from "@/lib/framework/i18n/localize";
import { memberStateName } from "@/lib/reference";
import { LinkChecksProvider } from "@/app/_components/evidence/link-check";
import { listLinkChecksOfView } from "@/server/link-checks";
import { NoticePanel } from "@/app/_components/notice-panel";
import { StatusBadge } from "@/app/_components/status-badge";
import { Link } from "@/app/_i18n/navigation";
import { requirePageActor } from "@/app/_lib/session";
import { CarryOverNotice } from "./_components/carry-over-notice";
import { ImportAnswers } from "./_components/import-answers";
import { Questionnaire } from "./_components/questionnaire";
import { ReviewRequests } from "./_components/review-requests";
import { DeadlineNotice } from "./_components/deadline-notice";
import { getStateDeadline } from "@/server/reminders";
import { getReviews } from "@/server/validation";
import { isOpen, waitsForState } from "@/lib/validation/dialogue";
import { PageMessages } from "@/app/_i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assessment.metadata");
  return { title: t("title") };
}

export default async function AssessmentPage() {
  const actor = await requirePageActor("/assessment");
  const t = await getTranslations("assessment.page");
  if (!isStateRole(actor.role) || !actor.memberStateIso3) {
    return (
      <NoticePanel title={t("notFocalPoint.title")} action={{ href: "/review", label: t("notFocalPoint.action") }}>
        {t("notFocalPoint.text")}
      </NoticePanel>
    );
  }
  const cycle = await getOpenCycle();
  if (cycle === null) {
    return (
      <NoticePanel title={t("noCycle.title")} action={{ href: "/results", label: t("noCycle.action") }}>
        {t("noCycle.text")}
      </NoticePanel>
    );
  }
  const iso3 = actor.memberStateIso3;
  const locale = await getLocale();
  // Opening a draft begun on an earlier questionnaire version moves it to the current one (its answers carried over).
  const [{ view, carryOver }, actions, reviews, assignments, comments, mentionable] = await Promise.all([
    openAssessmentForEditing(actor, iso3, cycle),
    listActionsOfState(actor, iso3),
    getReviews(actor, iso3, cycle),
    listAssignments(actor, iso3, cycle),
    listAllComments(actor, iso3, cycle),
    listMentionable(actor, iso3, cycle),
  ]);
  const isContributor = actor.role === "contributor";
  const mine = assignments.filter((a) => a.userId === actor.userId);
  const threads: Record<string, typeof comments> = {};
  for (const c of comments) (threads[c.questionId] ??= []).push(c);
  // Questions, options and guidance in the reader's language, for this page and the client form alike.
  const framework = localizeFramework(withPoints(frameworkOf(view.framework)), locale);
  const [linkChecks, deadline] = await Promise.all([
    listLinkChecksOfView(view),
    getStateDeadline(actor, iso3, cycle, view.status),
  ]);
  const stateName = memberStateName(iso3, locale);
  const readOnly = !isEditable(view.status);
  const answered = view.answers.filter((a) => a.value !== null).length;

  return (
    <PageMessages page="assessment">
      <div className="space-y-8">
        <header className="flex flex-wrap items-end justify-between gap-4">
          <div className="space-y-2">
            <p className="eyebrow">{t("eyebrow", { cycle: String(cycle), framework: framework.title })}</p>
            <h1 className="text-display font-bold">{stateName}</h1>
            <p className="flex flex-wrap items-center gap-3 text-sm text-muted">
              <StatusBadge status={view.status} />
              <span>{t("answered", { answered, total: framework.questions.length })}</span>
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            <Link href={`/states/${iso3}/${cycle}`} className="btn-primary">
              {t("seeScores")}
            </Link>
            <Link href={`/states/${iso3}/${cycle}/audit`} className="btn-secondary">
              {t("changeHistory")}
            </Link>
          </div>
        </header>

        <DeadlineNotice deadline={deadline} />
        {carryOver && (
          <CarryOverNotice
            notice={carryOver}
            framework={framework}
            fromTitle={localizeFramework(frameworkOf(carryOver.from), locale).title}
          />
        )}
        {view.status === "returned" && (
          <p className="rounded-md border-s-4 border-danger bg-red-50 p-4 text-sm">
            {t("returned", { count: view.comments.length })}
          </p>
        )}
        {readOnly && (
          <p className="rounded-md border-s-4 border-brand-500 bg-brand-50 p-4 text-sm">
            {view.status === "validated" ? t("validated") : t("submitted")}
          </p>
        )}

        {isContributor && (
          <MyQuestions
            questions={mine.map((a) => ({
              questionId: a.questionId,
              text: framework.questions.find((q) => q.id === a.questionId)?.text ?? a.questionId,
              dueDate: a.dueDate,
              answered: view.answers.some((x) => x.questionId === a.questionId && x.value !== null),
            }))}
          />
        )}

        <ReviewRequests
          iso3={iso3}
          cycle={cycle}
          requests={reviews.items
            .filter((r) => waitsForState(r.state))
            .map((review) => ({
              review,
              question: framework.questions.find((q) => q.id === review.questionId)!,
              currentValue: view.answers.find((a) => a.questionId === review.questionId)?.value ?? null,
            }))}
          waitingForBdt={reviews.items.filter((r) => isOpen(r.state) && !waitsForState(r.state)).length}
        />

        <details className="card p-4">
          <summary className="cursor-pointer font-semibold">{t("offline.summary")}</summary>
          <div className="mt-4 grid gap-6 md:grid-cols-2">
            <div className="space-y-2 text-sm">
              <p className="text-muted">{t("offline.text")}</p>
              <p className="flex flex-wrap gap-2">
                <a className="btn-secondary" href={`/api/v1/assessments/${iso3}/${cycle}/answers.json`} download>
                  {t("offline.downloadJson")}
                </a>
                <a className="btn-secondary" href={`/api/v1/assessments/${iso3}/${cycle}/answers.csv`} download>
                  {t("offline.downloadCsv")}
                </a>
              </p>
            </div>
            {!readOnly && !isContributor && <ImportAnswers iso3={iso3} cycle={cycle} />}
          </div>
        </details>

        <LinkChecksProvider checks={linkChecks}>
          <Questionnaire
            framework={framework}
            iso3={iso3}
            cycle={cycle}
            version={view.version}
            answers={Object.fromEntries(
              view.answers.map((a) => [a.questionId, { value: a.value, evidence: a.evidence, note: a.note }]),
            )}
            comments={view.comments}
            plannedActions={actions.map(({ id, questionId, title, status, owner, targetDate, createdCycle }) => ({
              id,
              questionId,
              title,
              status,
              owner,
              targetDate,
              createdCycle,
            }))}
            readOnly={readOnly}
            documents={view.documents}
            reviews={reviews.items.filter((r) => r.steps.length > 0)}
            assignedToMe={isContributor ? mine.map((a) => a.questionId) : null}
            assignments={assignments.map((a) => ({
              questionId: a.questionId,
              name: a.name || a.email,
              dueDate: a.dueDate,
              mine: a.userId === actor.userId,
            }))}
            threads={threads}
            mentionable={mentionable.filter((p) => p.email !== actor.email)}
            canSubmit={!isContributor}
          />
        </LinkChecksProvider>
      </div>
    </PageMessages>
  );
}
