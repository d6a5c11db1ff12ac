"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { LinkCheckNote } from "@/app/_components/evidence/link-check";
import { DocumentList } from "@/app/_components/evidence/document-list";
import { ReviewStateBadge, ReviewThread } from "@/app/_components/review/review-thread";
import type { EvidenceDocument } from "@/lib/evidence/document";
import type { Question } from "@/lib/framework/types";
import { waitsForState, type AnswerReview } from "@/lib/validation/dialogue";
import { returnAction, validateAction } from "../actions";
import { DecisionCard } from "./decision-controls";

export interface ReviewItem {
  question: Question;
  answer: { value: string | null; evidence: string[]; note: string } | undefined;
  documents: EvidenceDocument[];
  review: AnswerReview;
  evidenceMissing: boolean;
}

/**
 * The analyst's review: every answer (as filtered) with its evidence, its dialogue and the three decisions,
 * then the assessment's decision: validate (refused while anything is open) or return with the open items.
 * `questions` and the server's messages come in the reader's language.
 */
export function ReviewForm({
  iso3,
  cycle,
  items,
  canDecide,
  openComments,
}: {
  iso3: string;
  cycle: number;
  items: ReviewItem[];
  canDecide: boolean;
  /** The open items' latest BDT comment, sent as the return's comments. */
  openComments: { questionId: string; text: string }[];
}) {
  const t = useTranslations("results.reviewForm");
  const tr = useTranslations("validation.reviewer");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const decide = async (decision: "validate" | "return") => {
    setBusy(true);
    const result =
      decision === "validate"
        ? await validateAction({ iso3, cycle })
        : await returnAction({ iso3, cycle, comments: openComments });
    setBusy(false);
    if (!result.ok) return setMessage({ ok: false, text: result.error });
    setMessage({ ok: true, text: decision === "validate" ? t("validated") : t("returned") });
    window.location.reload();
  };

  return (
    <div className="space-y-6">
      <ol className="space-y-4">
        {items.map(({ question: q, answer: a, documents, review, evidenceMissing }) => {
          const option = q.options.find((o) => o.value === a?.value);
          return (
            <DecisionCard
              key={q.id}
              iso3={iso3}
              cycle={cycle}
              question={q}
              currentValue={a?.value ?? null}
              canDecide={canDecide}
              waitsForState={waitsForState(review.state)}
            >
              <p className="flex flex-wrap items-center gap-2 text-xs">
                <span className="badge bg-brand-900 font-mono text-white">{q.id}</span>
                <ReviewStateBadge state={review.state} />
                {evidenceMissing && <span className="badge bg-red-50 text-danger">{tr("evidenceMissing1")}</span>}
              </p>
              <p className="font-semibold">{q.text}</p>
              <p className="text-sm">
                <span className="text-muted">{t("answer")} </span>
                {option ? <strong>{option.label}</strong> : <em className="text-danger">{t("notAnswered")}</em>}
              </p>
              <DocumentList documents={documents} />
              {a && a.evidence.length > 0 ? (
                <ul className="text-sm">
                  {a.evidence.map((url) => (
                    <li key={url}>
                      <a href={url} target="_blank" rel="noopener noreferrer nofollow" className="break-all">
                        {url}
                      </a>{" "}
                      <LinkCheckNote url={url} />
                    </li>
                  ))}
                </ul>
              ) : (
                documents.length === 0 && (
                  <p className="text-sm text-muted">{q.evidenceRequired ? t("noEvidenceRequired") : t("noEvidence")}</p>
                )
              )}
              {a?.note && <p className="whitespace-pre-wrap rounded bg-canvas p-2 text-sm">{a.note}</p>}
              <ReviewThread review={review} question={q} />
            </DecisionCard>
          );
        })}
      </ol>
      {items.length === 0 && <p className="card p-6 text-center text-muted">{tr("empty")}</p>}
      {canDecide && (
        <section
          className="card sticky bottom-4 flex flex-wrap items-center gap-3 border-brand-200"
          aria-label={t("decision")}
        >
          <button type="button" className="btn-primary" disabled={busy} onClick={() => decide("validate")}>
            {t("validate")}
          </button>
          <button
            type="button"
            className="btn-secondary"
            disabled={busy || openComments.length === 0}
            onClick={() => decide("return")}
          >
            {tr("returnOpen", { count: openComments.length })}
          </button>
          <p className="text-sm text-muted">{tr("decisionHint")}</p>
          <div aria-live="polite" className="w-full">
            {message && (
              <p className={message.ok ? "text-sm text-ok" : "field-error"} role={message.ok ? undefined : "alert"}>
                {message.text}
              </p>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
