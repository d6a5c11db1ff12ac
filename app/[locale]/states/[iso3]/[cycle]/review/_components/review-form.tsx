"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { LinkCheckNote } from "@/app/_components/evidence/link-check";
import { DocumentList } from "@/app/_components/evidence/document-list";
import type { EvidenceDocument } from "@/lib/evidence/document";
import type { Question } from "@/lib/framework/types";
import { returnAction, validateAction } from "../actions";

interface ReviewAnswer {
  value: string | null;
  evidence: string[];
  note: string;
}

/**
 * The analyst's review: every answer with its evidence, a comment box per question, and the decision.
 * `questions` and the server's messages come in the reader's language.
 */
export function ReviewForm({
  iso3,
  cycle,
  questions,
  answers,
  documents,
  canDecide,
}: {
  iso3: string;
  cycle: number;
  questions: Question[];
  answers: Record<string, ReviewAnswer>;
  /** The documents attached to the answers. */
  documents: EvidenceDocument[];
  canDecide: boolean;
}) {
  const t = useTranslations("results.reviewForm");
  const [comments, setComments] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const written = Object.entries(comments).filter(([, t]) => t.trim().length > 0);

  const decide = async (decision: "validate" | "return") => {
    setBusy(true);
    const result =
      decision === "validate"
        ? await validateAction({ iso3, cycle })
        : await returnAction({
            iso3,
            cycle,
            comments: written.map(([questionId, text]) => ({ questionId, text: text.trim() })),
          });
    setBusy(false);
    if (result.ok) {
      setMessage({
        ok: true,
        text: decision === "validate" ? t("validated") : t("returned"),
      });
      window.location.reload();
    } else {
      setMessage({ ok: false, text: result.error });
    }
  };

  return (
    <div className="space-y-6">
      <ol className="space-y-4">
        {questions.map((q) => {
          const a = answers[q.id];
          const option = q.options.find((o) => o.value === a?.value);
          const attached = documents.filter((d) => d.questionId === q.id);
          return (
            <li key={q.id} id={q.id} className="card space-y-2 p-5">
              <p className="text-xs">
                <span className="badge bg-brand-900 font-mono text-white">{q.id}</span>
              </p>
              <p className="font-semibold">{q.text}</p>
              <p className="text-sm">
                <span className="text-muted">{t("answer")} </span>
                {option ? <strong>{option.label}</strong> : <em className="text-danger">{t("notAnswered")}</em>}
              </p>
              <DocumentList documents={attached} />
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
                attached.length === 0 && (
                  <p className="text-sm text-muted">{q.evidenceRequired ? t("noEvidenceRequired") : t("noEvidence")}</p>
                )
              )}
              {a?.note && <p className="whitespace-pre-wrap rounded bg-canvas p-2 text-sm">{a.note}</p>}
              {canDecide && (
                <div>
                  <label htmlFor={`comment-${q.id}`} className="field-label">
                    {t.rich("comment", {
                      id: q.id,
                      optional: (chunks) => <span className="font-normal text-muted">{chunks}</span>,
                    })}
                  </label>
                  <textarea
                    id={`comment-${q.id}`}
                    rows={2}
                    className="field-input"
                    value={comments[q.id] ?? ""}
                    onChange={(e) => setComments((c) => ({ ...c, [q.id]: e.target.value }))}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ol>
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
            disabled={busy || written.length === 0}
            onClick={() => decide("return")}
          >
            {t("returnWith", { count: written.length })}
          </button>
          <p className="text-sm text-muted">{t("returnHint")}</p>
          <div aria-live="polite" className="w-full">
            {message && <p className={message.ok ? "text-sm text-ok" : "field-error"}>{message.text}</p>}
          </div>
        </section>
      )}
    </div>
  );
}
