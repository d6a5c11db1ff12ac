"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";

export interface ThreadComment {
  id: number;
  author: string;
  authorRole: string;
  body: string;
  mentioned: string[];
  at: string;
}

/**
 * A question's discussion: the comments so far (append-only, oldest first) and a box to add one. `@` and an
 * e-mail address mentions a person who can read the thread; they are told by e-mail. Posts to
 * `POST /api/v1/assessments/{iso3}/{cycle}/questions/{questionId}/comments`, the endpoint outside tools use.
 */
export function QuestionThread({
  iso3,
  cycle,
  questionId,
  initial,
  mentionable,
}: {
  iso3: string;
  cycle: number;
  questionId: string;
  initial: ThreadComment[];
  mentionable: { name: string; email: string }[];
}) {
  const t = useTranslations("assessment.thread");
  const format = useFormatter();
  const id = useId();
  const [comments, setComments] = useState(initial);
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  // The box to write in is drawn once the discussion is opened: a pillar shows up to twenty threads, mostly closed,
  // and each box's fields were work for the browser before the page answered a click.
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);

  const mention = (email: string) => {
    if (!email) return;
    setBody((b) => `${b}${b && !b.endsWith(" ") ? " " : ""}@${email} `);
    box.current?.focus();
  };

  const send = async () => {
    setError(null);
    setSending(true);
    try {
      const response = await fetch(`/api/v1/assessments/${iso3}/${cycle}/questions/${questionId}/comments`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ body }),
      });
      const answer = (await response.json().catch(() => ({}))) as ThreadComment & { error?: string };
      if (!response.ok) {
        setError(answer.error ?? t("failed", { status: String(response.status) }));
        return;
      }
      setComments((all) => [...all, answer]);
      setBody("");
    } catch {
      setError(t("offline"));
    } finally {
      setSending(false);
    }
  };

  return (
    <details
      className="rounded-b-lg border border-t-0 border-line bg-white px-5 py-3 text-sm"
      data-testid="question-thread"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="cursor-pointer font-semibold text-brand-700">
        {t("summary", { count: comments.length })}
      </summary>
      <div className="mt-3 space-y-3">
        {comments.length === 0 ? (
          <p className="text-muted">{t("empty")}</p>
        ) : (
          <ol className="space-y-2" aria-label={t("listLabel", { question: questionId })}>
            {comments.map((c) => (
              <li
                key={c.id}
                className="rounded-md border-s-4 border-brand-300 bg-brand-50 p-2"
                data-testid="thread-comment"
              >
                <p className="text-xs text-muted">
                  <span className="font-semibold text-ink">{c.author}</span> ·{" "}
                  <time dateTime={c.at}>
                    {format.dateTime(new Date(c.at), { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                </p>
                <p className="whitespace-pre-wrap break-words">{c.body}</p>
                {c.mentioned.length > 0 && (
                  <p className="text-xs text-muted">{t("notified", { names: c.mentioned.join(", ") })}</p>
                )}
              </li>
            ))}
          </ol>
        )}
        {open && (
          <div className="space-y-2">
            <label htmlFor={`${id}-body`} className="field-label">
              {t("label")}
            </label>
            <textarea
              id={`${id}-body`}
              ref={box}
              rows={2}
              className="field-input"
              value={body}
              onChange={(e) => setBody(e.target.value)}
              aria-describedby={`${id}-hint`}
            />
            <p id={`${id}-hint`} className="text-xs text-muted">
              {t("hint")}
            </p>
            <div className="flex flex-wrap items-center gap-2">
              {mentionable.length > 0 && (
                <select
                  aria-label={t("mention")}
                  className="field-input w-auto"
                  value=""
                  onChange={(e) => mention(e.target.value)}
                >
                  <option value="">{t("mention")}</option>
                  {mentionable.map((p) => (
                    <option key={p.email} value={p.email}>
                      {p.name || p.email}
                    </option>
                  ))}
                </select>
              )}
              <button type="button" className="btn-secondary" disabled={sending || body.trim() === ""} onClick={send}>
                {sending ? t("sending") : t("send")}
              </button>
            </div>
            {error && (
              <p role="alert" className="text-danger">
                {error}
              </p>
            )}
          </div>
        )}
      </div>
    </details>
  );
}
