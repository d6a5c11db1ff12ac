"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";

/** Imports a JSON file of answers prepared offline: all of it, or nothing with every problem listed. */
export function ImportAnswers({ iso3, cycle }: { iso3: string; cycle: number }) {
  const t = useTranslations("assessment.import");
  const inputId = useId();
  const [problems, setProblems] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    setBusy(true);
    setProblems([]);
    setMessage(null);
    try {
      const response = await fetch(`/api/v1/assessments/${iso3}/${cycle}/import`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: await file.text(),
      });
      const body = (await response.json().catch(() => ({}))) as {
        error?: string;
        fieldErrors?: Record<string, string[]>;
      };
      if (response.ok) {
        // The imported answers replace what the page shows; nothing unsaved is pending after an import.
        window.localStorage.removeItem(`res45:unsaved:${iso3}:${cycle}`);
        window.location.reload();
        return;
      }
      setMessage(
        response.status === 400 ? t("invalid") : (body.error ?? t("refused", { status: String(response.status) })),
      );
      // The problems themselves come from the server's schema, in English; only their layout is translated.
      setProblems(
        Object.entries(body.fieldErrors ?? {}).flatMap(([field, messages]) =>
          messages.map((message) => t("problem", { field, message })),
        ),
      );
    } catch {
      setMessage(t("unreachable"));
    }
    setBusy(false);
  };

  return (
    <div className="space-y-2">
      <label htmlFor={inputId} className="field-label">
        {t("label")}
      </label>
      <input
        id={inputId}
        type="file"
        accept="application/json,.json"
        disabled={busy}
        className="block text-sm file:me-3 file:rounded-md file:border file:border-line file:bg-surface file:px-3 file:py-1.5 file:text-sm file:font-semibold"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void upload(file);
          e.target.value = "";
        }}
      />
      <div aria-live="assertive">
        {message && <p className="field-error">{message}</p>}
        {problems.length > 0 && (
          <ul className="mt-1 list-disc space-y-0.5 ps-5 text-sm text-danger" aria-label={t("problemsLabel")}>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
