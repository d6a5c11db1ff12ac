"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { useQuestionnaireFields } from "./questionnaire-fields";
import { checkSubmission } from "@/lib/assessment/submission";
import { scoringAnswers, type EvidenceDocument } from "@/lib/evidence/document";
import type { Framework } from "@/lib/framework/types";
import { useHydrated } from "@/app/_components/use-hydrated";

function QuestionLinks({ ids }: { ids: string[] }) {
  return (
    <ul className="mt-1 flex flex-wrap gap-2">
      {ids.map((id) => (
        <li key={id}>
          <a href={`#${id}`} className="badge bg-canvas font-mono text-brand-800">
            {id}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The check before submission, and the submission itself. */
export function SubmitPanel({
  framework,
  iso3,
  cycle,
  canSubmit,
  flush,
  documents,
}: {
  framework: Framework;
  iso3: string;
  cycle: number;
  canSubmit: boolean;
  flush: () => Promise<void>;
  documents: EvidenceDocument[];
}) {
  const t = useTranslations("assessment.submit");
  const { control } = useQuestionnaireFields();
  const answers = useWatch({ control, name: "answers" }) ?? {};
  const check = checkSubmission(
    framework,
    scoringAnswers(
      Object.entries(answers).map(([questionId, a]) => ({
        questionId,
        value: a?.value ?? null,
        evidence: a?.evidence ?? [],
        note: "",
      })),
      documents,
    ),
  );
  const [confirmed, setConfirmed] = useState(false);
  // A tick given before hydration would be undone by it (the box is drawn from `confirmed`): it waits for the page.
  const hydrated = useHydrated();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    setBusy(true);
    setError(null);
    await flush();
    try {
      const response = await fetch(`/api/v1/assessments/${iso3}/${cycle}/submit`, { method: "POST" });
      if (response.ok) {
        window.location.reload();
        return;
      }
      const body = (await response.json().catch(() => ({}))) as { error?: string };
      setError(body.error ?? t("refused", { status: String(response.status) }));
    } catch {
      setError(t("unreachable"));
    }
    setBusy(false);
  };

  return (
    <section aria-labelledby="submit-title" className="card space-y-4 border-brand-200">
      <h2 id="submit-title" className="text-xl font-bold">
        {t("heading")}
      </h2>
      {check.unanswered.length > 0 ? (
        <div>
          <p className="font-semibold text-danger">{t("unanswered", { count: check.unanswered.length })}</p>
          <QuestionLinks ids={check.unanswered} />
        </div>
      ) : (
        <p className="font-semibold text-ok">{t("allAnswered")}</p>
      )}
      {check.missingEvidence.length > 0 && (
        <div>
          <p className="font-semibold text-warn">{t("missingEvidence", { count: check.missingEvidence.length })}</p>
          <QuestionLinks ids={check.missingEvidence} />
        </div>
      )}
      <p className="text-sm text-muted">{t("readOnlyNotice")}</p>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={confirmed}
          disabled={!hydrated}
          onChange={(e) => setConfirmed(e.target.checked)}
          className="h-4 w-4 accent-brand-600"
        />
        {t("confirm", { cycle: String(cycle) })}
      </label>
      <div aria-live="assertive">{error && <p className="field-error">{error}</p>}</div>
      <button
        type="button"
        className="btn-primary"
        disabled={!check.ready || !confirmed || !canSubmit || busy}
        onClick={submit}
      >
        {busy ? t("submitting") : t("submit")}
      </button>
    </section>
  );
}
