import { getTranslations } from "next-intl/server";
import { ReviewStateBadge, ReviewThread } from "@/app/_components/review/review-thread";
import type { Question } from "@/lib/framework/types";
import type { AnswerReview } from "@/lib/validation/dialogue";

/**
 * The report's annex: each reviewed answer with every step of its validation dialogue. Printed only (the
 * PDF report prints this page); on screen the dialogue lives on the questionnaire and the reviewer's page.
 */
export async function ValidationAnnex({ reviewed, questions }: { reviewed: AnswerReview[]; questions: Question[] }) {
  const t = await getTranslations("validation.annex");
  return (
    <section
      aria-labelledby="validation-annex-heading"
      className="hidden space-y-3 print:block print:break-before-page"
      data-testid="validation-annex"
    >
      <h2 id="validation-annex-heading" className="text-xl font-bold text-brand-900">
        {t("title")}
      </h2>
      <p className="text-sm text-muted">{t("intro")}</p>
      {reviewed.length === 0 ? (
        <p className="text-sm">{t("none")}</p>
      ) : (
        <ol className="space-y-3">
          {reviewed.map((review) => {
            const question = questions.find((q) => q.id === review.questionId);
            if (!question) return null;
            return (
              <li key={review.questionId} className="break-inside-avoid space-y-1 border-b border-line pb-2">
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <span className="font-mono font-semibold">{question.id}</span>
                  <ReviewStateBadge state={review.state} />
                  <span>{question.text}</span>
                </p>
                <ReviewThread review={review} question={question} />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
