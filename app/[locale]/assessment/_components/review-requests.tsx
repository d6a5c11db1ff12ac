"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ReviewStateBadge, ReviewThread } from "@/app/_components/review/review-thread";
import type { Question } from "@/lib/framework/types";
import type { AnswerReview } from "@/lib/validation/dialogue";
import { replyAction } from "../actions";

/**
 * "BDT asks about 5 answers": every answer whose query or proposal waits for the state, with its thread and
 * the reply: text, and for a proposal, accept it (the answer changes) or contest it.
 */
export function ReviewRequests({
  iso3,
  cycle,
  requests,
  waitingForBdt,
}: {
  iso3: string;
  cycle: number;
  requests: { question: Question; review: AnswerReview; currentValue: string | null }[];
  /** How many replied items are back with BDT. */
  waitingForBdt: number;
}) {
  const t = useTranslations("validation.requests");
  if (requests.length === 0 && waitingForBdt === 0) return null;
  return (
    <section
      className="card space-y-4 border-s-8 border-warn p-5"
      aria-labelledby="review-requests-title"
      data-testid="review-requests"
    >
      <div className="space-y-1">
        <h2 id="review-requests-title" className="text-xl font-bold">
          {requests.length > 0 ? t("title", { count: requests.length }) : t("waiting", { count: waitingForBdt })}
        </h2>
        {requests.length > 0 && <p className="text-sm text-muted">{t("intro")}</p>}
        {requests.length > 0 && waitingForBdt > 0 && (
          <p className="text-sm">{t("waiting", { count: waitingForBdt })}</p>
        )}
      </div>
      <ol className="space-y-4">
        {requests.map((r) => (
          <ReplyItem key={r.question.id} iso3={iso3} cycle={cycle} {...r} />
        ))}
      </ol>
    </section>
  );
}

function ReplyItem({
  iso3,
  cycle,
  question,
  review,
  currentValue,
}: {
  iso3: string;
  cycle: number;
  question: Question;
  review: AnswerReview;
  currentValue: string | null;
}) {
  const t = useTranslations("validation.requests");
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const label = (value: string | null) => question.options.find((o) => o.value === value)?.label ?? "—";

  const send = async (acceptProposal: boolean) => {
    if (comment.trim() === "") return setError(t("needText"));
    setBusy(true);
    const result = await replyAction({ iso3, cycle, questionId: question.id, comment: comment.trim(), acceptProposal });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setComment("");
    setError(null);
    router.refresh();
  };

  return (
    <li
      id={`reply-${question.id}`}
      className="scroll-mt-24 space-y-2 rounded-md border border-line p-4"
      data-testid={`request-${question.id}`}
    >
      <p className="flex flex-wrap items-center gap-2 text-xs">
        <a href={`#${question.id}`} className="badge bg-brand-900 font-mono text-white no-underline">
          {question.id}
        </a>
        <ReviewStateBadge state={review.state} />
      </p>
      <p className="font-semibold">{question.text}</p>
      <p className="text-sm">{t("current", { option: label(currentValue) })}</p>
      {review.state === "proposed" && (
        <p className="text-sm font-semibold text-warn">{t("proposal", { option: label(review.proposedValue) })}</p>
      )}
      <ReviewThread review={review} question={question} />
      <label htmlFor={`reply-text-${question.id}`} className="field-label">
        {t("reply", { id: question.id })}
      </label>
      <textarea
        id={`reply-text-${question.id}`}
        rows={2}
        className="field-input"
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
      <div className="flex flex-wrap items-center gap-2">
        {review.state === "proposed" ? (
          <>
            <button type="button" className="btn-primary" disabled={busy} onClick={() => send(true)}>
              {t("accept")}
            </button>
            <button type="button" className="btn-secondary" disabled={busy} onClick={() => send(false)}>
              {t("contest")}
            </button>
          </>
        ) : (
          <button type="button" className="btn-primary" disabled={busy} onClick={() => send(false)}>
            {t("send")}
          </button>
        )}
        {error && (
          <span className="field-error" role="alert">
            {error}
          </span>
        )}
      </div>
    </li>
  );
}
