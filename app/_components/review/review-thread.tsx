import { useTranslations } from "next-intl";
import type { Question } from "@/lib/framework/types";
import type { AnswerReview, ItemState } from "@/lib/validation/dialogue";

const STATE_STYLE: Record<ItemState, string> = {
  not_reviewed: "bg-canvas text-muted",
  accepted: "bg-green-100 text-ok",
  queried: "bg-amber-100 text-warn",
  proposed: "bg-amber-100 text-warn",
  answered: "bg-brand-100 text-brand-800",
  contested: "bg-brand-100 text-brand-800",
};

/** An answer's review state as a badge. */
export function ReviewStateBadge({ state }: { state: ItemState }) {
  const t = useTranslations("validation.state");
  return (
    <span className={`badge ${STATE_STYLE[state]}`} data-testid="review-state">
      {t(state)}
    </span>
  );
}

/**
 * The thread of one answer's validation dialogue, oldest step first: who, when, what they did and wrote.
 * Shared by the reviewer's page, the questionnaire and the results page's printed annex.
 */
export function ReviewThread({ review, question }: { review: AnswerReview; question: Question }) {
  const t = useTranslations("validation");
  if (review.steps.length === 0) return null;
  const optionLabel = (value: string | null) => question.options.find((o) => o.value === value)?.label ?? value ?? "—";
  return (
    <ol className="space-y-2 text-sm" aria-label={t("thread.label", { id: review.questionId })}>
      {review.steps.map((s) => (
        <li
          key={s.id}
          className={`rounded-md border-s-4 p-2 ${s.role === "focal_point" ? "border-brand-300 bg-brand-50" : "border-amber-300 bg-amber-50"} print:bg-transparent`}
        >
          <p className="text-xs text-muted">
            <span className="font-semibold text-ink">{s.by}</span>{" "}
            {t(`step.${s.step}`, { option: optionLabel(s.proposedValue) })} ·{" "}
            {t("thread.when", { at: s.at.slice(0, 16).replace("T", " ") })}
          </p>
          {s.comment && <p className="whitespace-pre-wrap">{s.comment}</p>}
        </li>
      ))}
    </ol>
  );
}
