"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionStatus, useFeedback } from "@/app/_components/forms/action-status";
import { useRouter } from "@/app/_i18n/navigation";
import { assignQuestionsAction } from "../actions";

export interface AssignableGroup {
  id: string;
  title: string;
  questions: { id: string; text: string }[];
}

/**
 * Gives questions, or whole indicator groups, to a contributor, by a date or not. The server expands a group
 * to its questions and tells the contributor by e-mail.
 */
export function AssignForm({
  contributors,
  groups,
}: {
  contributors: { id: string; name: string }[];
  groups: AssignableGroup[];
}) {
  const t = useTranslations("assessment.team.assign");
  const router = useRouter();
  const [feedback, setFeedback] = useFeedback();
  const [userId, setUserId] = useState("");
  const [chosen, setChosen] = useState<string[]>([]);
  const [dueDate, setDueDate] = useState("");
  const [sending, setSending] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setFeedback(null);
    setSending(true);
    const result = await assignQuestionsAction({ userId, questionIds: chosen, dueDate: dueDate || null });
    setSending(false);
    if (!result.ok) {
      const details = Object.values(result.fieldErrors ?? {}).flat();
      setFeedback({ ok: false, text: [result.error, ...details].join(" ") });
      return;
    }
    const name = contributors.find((c) => c.id === userId)?.name ?? "";
    setFeedback({ ok: true, text: t("done", { name }) });
    setChosen([]);
    router.refresh();
  };

  if (contributors.length === 0) return <p className="text-sm text-muted">{t("noContributors")}</p>;

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={t("title")}>
      <div className="grid gap-4 md:grid-cols-[1fr_2fr_auto]">
        <div>
          <label htmlFor="assign-user" className="field-label">
            {t("contributor")}
          </label>
          <select id="assign-user" className="field-input" value={userId} onChange={(e) => setUserId(e.target.value)}>
            <option value="">{t("chooseContributor")}</option>
            {contributors.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="assign-questions" className="field-label">
            {t("questions")}
          </label>
          <select
            id="assign-questions"
            className="field-input h-40"
            multiple
            value={chosen}
            aria-describedby="assign-questions-hint"
            onChange={(e) => setChosen(Array.from(e.target.selectedOptions, (o) => o.value))}
          >
            {groups.map((g) => (
              <optgroup key={g.id} label={g.title}>
                <option value={g.id}>{t("wholeGroup", { group: g.title })}</option>
                {g.questions.map((q) => (
                  <option key={q.id} value={q.id}>
                    {q.id} — {q.text}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <p id="assign-questions-hint" className="mt-1 text-xs text-muted">
            {t("questionsHint")}
          </p>
        </div>
        <div>
          <label htmlFor="assign-due" className="field-label">
            {t("dueDate")}
          </label>
          <input
            id="assign-due"
            type="date"
            className="field-input"
            value={dueDate}
            onChange={(e) => setDueDate(e.target.value)}
          />
        </div>
      </div>
      <ActionStatus feedback={feedback} />
      <button type="submit" className="btn-primary" disabled={sending}>
        {sending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
