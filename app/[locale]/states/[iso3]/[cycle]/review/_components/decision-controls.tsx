"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import type { Question } from "@/lib/framework/types";
import type { ReviewDecision } from "@/lib/validation/dialogue";
import { decideAction } from "../actions";

const SHORTCUTS: Record<string, ReviewDecision> = { a: "accept", q: "query", p: "propose" };

/**
 * One answer's card on the reviewer's page, with BDT's three decisions. The card takes the keyboard focus:
 * A accepts, Q queries, P proposes (typing in the comment or choosing an option is not a shortcut).
 */
export function DecisionCard({
  iso3,
  cycle,
  question,
  currentValue,
  canDecide,
  waitsForState,
  children,
}: {
  iso3: string;
  cycle: number;
  question: Question;
  currentValue: string | null;
  canDecide: boolean;
  /** A query or proposal waits for the state: BDT may only accept the answer as it is (or wait). */
  waitsForState: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("validation.reviewer");
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [proposed, setProposed] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const commentRef = useRef<HTMLTextAreaElement>(null);

  const decide = async (decision: ReviewDecision) => {
    if (decision !== "accept" && comment.trim() === "") {
      setMessage({ ok: false, text: t("commentNeeded") });
      commentRef.current?.focus();
      return;
    }
    if (decision === "propose" && proposed === "") {
      setMessage({ ok: false, text: t("optionNeeded") });
      return;
    }
    setBusy(true);
    const result = await decideAction({
      iso3,
      cycle,
      questionId: question.id,
      decision,
      ...(decision === "accept" ? {} : { comment: comment.trim() }),
      ...(decision === "propose" ? { proposedValue: proposed } : {}),
    });
    setBusy(false);
    if (!result.ok) return setMessage({ ok: false, text: result.error });
    setComment("");
    setProposed("");
    setMessage({ ok: true, text: t("saved") });
    router.refresh();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    if (!canDecide || busy || event.ctrlKey || event.metaKey || event.altKey) return;
    if (["TEXTAREA", "INPUT", "SELECT"].includes(target.tagName)) return;
    const decision = SHORTCUTS[event.key.toLowerCase()];
    if (!decision || (waitsForState && decision !== "accept")) return;
    event.preventDefault();
    void decide(decision);
  };

  return (
    <li
      id={question.id}
      className="card scroll-mt-24 space-y-3 p-5 focus:outline focus:outline-2 focus:outline-brand-500"
      tabIndex={canDecide ? 0 : undefined}
      onKeyDown={onKeyDown}
      data-testid={`review-${question.id}`}
    >
      {children}
      {canDecide && (
        <div className="space-y-2 border-t border-line pt-3">
          {!waitsForState && (
            <div className="grid gap-2 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
              <div>
                <label htmlFor={`comment-${question.id}`} className="field-label">
                  {t("comment", { id: question.id })}
                </label>
                <textarea
                  id={`comment-${question.id}`}
                  ref={commentRef}
                  rows={2}
                  className="field-input"
                  value={comment}
                  onChange={(e) => setComment(e.target.value)}
                />
              </div>
              <div>
                <label htmlFor={`propose-${question.id}`} className="field-label">
                  {t("option")}
                </label>
                <select
                  id={`propose-${question.id}`}
                  className="field-input"
                  value={proposed}
                  onChange={(e) => setProposed(e.target.value)}
                >
                  <option value="">{t("choose")}</option>
                  {question.options
                    .filter((o) => o.value !== currentValue)
                    .map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                </select>
              </div>
            </div>
          )}
          <div className="flex flex-wrap items-center gap-2">
            <button type="button" className="btn-primary" disabled={busy} onClick={() => decide("accept")}>
              {t("accept")}
            </button>
            {!waitsForState && (
              <>
                <button type="button" className="btn-secondary" disabled={busy} onClick={() => decide("query")}>
                  {t("query")}
                </button>
                <button type="button" className="btn-secondary" disabled={busy} onClick={() => decide("propose")}>
                  {t("propose")}
                </button>
              </>
            )}
            <span aria-live="polite">
              {message && <span className={message.ok ? "text-sm text-ok" : "field-error"}>{message.text}</span>}
            </span>
          </div>
        </div>
      )}
    </li>
  );
}
