import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppError } from "@/db/errors";
import { frameworkOf, getAssessment, type AssessmentView } from "@/db/queries/assessments";
import { getMemberStateName } from "@/db/queries/member-states";
import { assessmentParamsSchema } from "@/lib/api/assessments.validation";
import { NoticePanel } from "@/app/_components/notice-panel";
import { StatusBadge } from "@/app/_components/status-badge";
import { requirePageActor } from "@/app/_lib/session";
import { ReviewForm } from "./review-form";

export const metadata: Metadata = { title: "Review an assessment" };

export default async function ReviewAssessmentPage({ params }: { params: Promise<{ iso3: string; cycle: string }> }) {
  const parsed = assessmentParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { iso3, cycle } = parsed.data;
  const actor = await requirePageActor(`/states/${iso3}/${cycle}/review`);
  let view: AssessmentView;
  try {
    view = await getAssessment(actor, iso3, cycle);
  } catch (error) {
    if (error instanceof AppError)
      return (
        <NoticePanel title={error.status === 404 ? "Not found" : "Not available to you"}>{error.message}</NoticePanel>
      );
    throw error;
  }
  const framework = frameworkOf(view.framework);
  const name = await getMemberStateName(iso3);
  const canDecide = actor.role !== "focal_point" && view.status === "submitted";

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="eyebrow">Review · {cycle} cycle</p>
        <h1 className="text-display font-bold">{name}</h1>
        <p className="flex items-center gap-3 text-sm text-muted">
          <StatusBadge status={view.status} />
          <span>Version {view.version}</span>
          <a href={`/states/${iso3}/${cycle}/audit`}>Change history</a>
          <a href={`/api/v1/assessments/${iso3}/${cycle}/answers.csv`} download>
            Answers as CSV
          </a>
        </p>
      </header>
      {view.comments.length > 0 && (
        <section className="card space-y-2" aria-labelledby="last-comments">
          <h2 id="last-comments" className="font-semibold">
            Comments of the last return
          </h2>
          <ul className="space-y-1 text-sm">
            {view.comments.map((c, i) => (
              <li key={i}>
                <a href={`#${c.questionId}`} className="font-mono">
                  {c.questionId}
                </a>
                : {c.text} <span className="text-muted">— {c.author}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ReviewForm
        iso3={iso3}
        cycle={cycle}
        questions={framework.questions}
        answers={Object.fromEntries(view.answers.map((a) => [a.questionId, a]))}
        canDecide={canDecide}
      />
    </div>
  );
}
