"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useErrorCodeText } from "@/app/_components/forms/error-code-text";
import { LinkCheckNote } from "@/app/_components/evidence/link-check";
import { isHttpUrl, MAX_EVIDENCE_PER_ANSWER } from "@/lib/assessment/answer-limits";
import { answerSchemas } from "./answer-schemas";
import { errorCode } from "@/lib/errors/schema-message";

/** The evidence links of one answer: a URL is checked with the server's rule before it joins the list. */
export function EvidenceEditor({
  value,
  onChange,
  disabled,
  questionId,
}: {
  value: string[];
  onChange: (next: string[]) => void;
  disabled: boolean;
  questionId: string;
}) {
  const t = useTranslations("assessment.evidence");
  const errorText = useErrorCodeText();
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();

  const add = async () => {
    const parsed = await answerSchemas().then(
      ({ evidenceUrlSchema }) => evidenceUrlSchema.safeParse(draft),
      // Offline before the schema arrived: the link rule alone; the server checks the whole schema on saving.
      () => {
        const url = draft.trim();
        return isHttpUrl(url)
          ? { success: true as const, data: url }
          : { success: false as const, error: { issues: [{ message: errorCode("validation.evidence_url") }] } };
      },
    );
    if (!parsed.success) {
      // The server's rule and its message: an error code, written in the page's language.
      setError(errorText(parsed.error.issues[0]?.message ?? errorCode("validation.evidence_url")));
      return;
    }
    if (value.includes(parsed.data)) {
      setError(t("errors.duplicate"));
      return;
    }
    if (value.length >= MAX_EVIDENCE_PER_ANSWER) {
      setError(errorText(errorCode("validation.evidence_too_many", { max: MAX_EVIDENCE_PER_ANSWER })));
      return;
    }
    onChange([...value, parsed.data]);
    setDraft("");
    setError(null);
  };

  return (
    <div className="space-y-2">
      <p className="text-sm font-semibold" id={`${inputId}-title`}>
        {t("title")}
      </p>
      {value.length > 0 ? (
        <ul className="space-y-1" aria-labelledby={`${inputId}-title`}>
          {value.map((url) => (
            <li key={url} className="flex items-center gap-2 text-sm">
              <a href={url} target="_blank" rel="noopener noreferrer nofollow" className="min-w-0 flex-1 truncate">
                {url}
              </a>
              <LinkCheckNote url={url} />
              {!disabled && (
                <button
                  type="button"
                  className="rounded px-2 py-0.5 text-xs text-danger hover:bg-red-50"
                  onClick={() => onChange(value.filter((u) => u !== url))}
                  aria-label={t("removeLabel", { url })}
                >
                  {t("remove")}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted">{t("none")}</p>
      )}
      {!disabled && (
        <div className="flex flex-wrap items-start gap-2">
          <label htmlFor={inputId} className="sr-only">
            {t("addLabel", { questionId })}
          </label>
          <input
            id={inputId}
            type="url"
            inputMode="url"
            placeholder="https://…"
            className="field-input max-w-md flex-1"
            value={draft}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                void add();
              }
            }}
          />
          <button type="button" className="btn-secondary" onClick={() => void add()}>
            {t("add")}
          </button>
          <p id={`${inputId}-error`} className="field-error w-full" aria-live="polite">
            {error}
          </p>
        </div>
      )}
    </div>
  );
}
