import type { Metadata } from "next";
import Link from "next/link";
import { frameworkOf, getAssessment } from "@/db/queries/assessments";
import { getOpenCycle } from "@/db/queries/cycles";
import { getMemberStateName } from "@/db/queries/member-states";
import { listActionsOfState } from "@/db/queries/plans";
import { isEditable } from "@/lib/assessment/status";
import { NoticePanel } from "@/app/_components/notice-panel";
import { StatusBadge } from "@/app/_components/status-badge";
import { requirePageActor } from "@/app/_lib/session";
import { ImportAnswers } from "./import-answers";
import { Questionnaire } from "./questionnaire";

export const metadata: Metadata = { title: "Our assessment" };

export default async function AssessmentPage() {
  const actor = await requirePageActor("/assessment");
  if (actor.role !== "focal_point" || !actor.memberStateIso3) {
    return (
      <NoticePanel
        title="This page is for national focal points"
        action={{ href: "/review", label: "Go to the review queue" }}
      >
        Focal points answer their Member State&apos;s questionnaire here. BDT staff review submitted assessments.
      </NoticePanel>
    );
  }
  const cycle = await getOpenCycle();
  if (cycle === null) {
    return (
      <NoticePanel title="No assessment cycle is open" action={{ href: "/results", label: "See your results" }}>
        BDT opens a cycle when the next round of assessments begins. Your earlier results remain available.
      </NoticePanel>
    );
  }
  const iso3 = actor.memberStateIso3;
  const [view, stateName, actions] = await Promise.all([
    getAssessment(actor, iso3, cycle),
    getMemberStateName(iso3),
    listActionsOfState(actor, iso3),
  ]);
  const framework = frameworkOf(view.framework);
  const readOnly = !isEditable(view.status);
  const answered = view.answers.filter((a) => a.value !== null).length;

  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-2">
          <p className="eyebrow">
            {cycle} assessment · {framework.title}
          </p>
          <h1 className="text-display font-bold">{stateName}</h1>
          <p className="flex flex-wrap items-center gap-3 text-sm text-muted">
            <StatusBadge status={view.status} />
            <span>
              {answered} of {framework.questions.length} questions answered
            </span>
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href={`/states/${iso3}/${cycle}`} className="btn-primary">
            See scores and gaps
          </Link>
          <Link href={`/states/${iso3}/${cycle}/audit`} className="btn-secondary">
            Change history
          </Link>
        </div>
      </header>

      {view.status === "returned" && (
        <p className="rounded-md border-s-4 border-danger bg-red-50 p-4 text-sm">
          BDT returned this assessment with {view.comments.length} comment(s) on your answers. The comments appear
          beside the questions concerned; change what is needed and submit again.
        </p>
      )}
      {readOnly && (
        <p className="rounded-md border-s-4 border-brand-500 bg-brand-50 p-4 text-sm">
          {view.status === "validated"
            ? "BDT has validated this assessment. It can no longer be changed."
            : "This assessment has been submitted and is read-only while BDT reviews it."}
        </p>
      )}

      <details className="card p-4">
        <summary className="cursor-pointer font-semibold">Work offline: download or import the answers</summary>
        <div className="mt-4 grid gap-6 md:grid-cols-2">
          <div className="space-y-2 text-sm">
            <p className="text-muted">
              Download the answers to share them inside your administration or to prepare them offline. The JSON file
              records the questionnaire version and can be imported back.
            </p>
            <p className="flex flex-wrap gap-2">
              <a className="btn-secondary" href={`/api/v1/assessments/${iso3}/${cycle}/answers.json`} download>
                Download JSON
              </a>
              <a className="btn-secondary" href={`/api/v1/assessments/${iso3}/${cycle}/answers.csv`} download>
                Download CSV
              </a>
            </p>
          </div>
          {!readOnly && <ImportAnswers iso3={iso3} cycle={cycle} />}
        </div>
      </details>

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
      />
    </div>
  );
}
