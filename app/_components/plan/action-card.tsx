"use client";

import { useLazyZodResolver } from "@/app/_components/forms/lazy-schema";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { PlanAction } from "@/lib/plan/actions";
import { ACTION_STATUSES } from "@/lib/plan/plan-values";
import type { ActionPatch, actionPatchSchema } from "@/lib/plan/plan.validation";
import { useRouter } from "@/app/_i18n/navigation";
import { ActionStatus, useFeedback } from "@/app/_components/forms/action-status";
import { showServerErrors } from "@/app/_components/forms/form-errors";
import { updateActionAction } from "@/app/[locale]/plan/actions";
import { formatDay, formatInstant } from "./format-day";
import { FormField } from "@/app/_components/forms/form-field";
import { PrioritySelect } from "./priority-select";

/** An action as the card shows it: the question and clause in the reader's language, the history already worded. */
export interface ActionCardData extends PlanAction {
  questionText: string;
  clauseCitation: string;
  overdue: boolean;
  history: { text: string; by: string; at: string }[];
}

const PRIORITY_STYLE: Record<PlanAction["priority"], string> = {
  high: "bg-red-100 text-danger",
  medium: "bg-amber-100 text-warn",
  low: "bg-canvas text-ink",
};
const STATUS_STYLE: Record<PlanAction["status"], string> = {
  planned: "bg-brand-100 text-brand-800",
  in_progress: "bg-blue-100 text-blue-900",
  done: "bg-green-100 text-ok",
  dropped: "bg-canvas text-muted line-through",
};

/** One action of the plan: what, who, by when, its status and dated history; editable by the state's focal points. */
export function ActionCard({
  action,
  iso3,
  canEdit,
  currentCycle,
}: {
  action: ActionCardData;
  iso3: string;
  canEdit: boolean;
  currentCycle: number | null;
}) {
  const t = useTranslations("plan");
  const format = useFormatter();
  const [editing, setEditing] = useState(false);
  return (
    <li
      id={`action-${action.id}`}
      className={`card scroll-mt-24 space-y-2 break-inside-avoid p-4 print:rounded-none print:border-0 print:border-b print:p-2 print:shadow-none ${
        action.overdue ? "border-s-4 border-s-danger" : ""
      }`}
      data-action={action.id}
      data-status={action.status}
      data-overdue={action.overdue}
    >
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className={`badge ${STATUS_STYLE[action.status]}`}>{t(`status.${action.status}`)}</span>
        <span className={`badge ${PRIORITY_STYLE[action.priority]}`}>{t(`card.priorityBadge.${action.priority}`)}</span>
        {action.overdue && <span className="badge bg-danger text-white">{t("card.overdue")}</span>}
        {currentCycle !== null && action.createdCycle < currentCycle && (
          <span className="badge bg-canvas text-ink">
            {t("card.carriedOver", { cycle: String(action.createdCycle) })}
          </span>
        )}
        <span className="badge bg-brand-900 font-mono text-white">{action.questionId}</span>
      </div>
      <p className="font-semibold leading-snug" data-testid="action-title">
        {action.title}
      </p>
      <p className="text-sm text-muted print:text-xs">
        {t.rich("card.questionWithClause", {
          question: action.questionText,
          citation: action.clauseCitation,
          nowrap: (chunks) => <span className="whitespace-nowrap">{chunks}</span>,
        })}
      </p>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <div className="flex gap-1">
          <dt className="text-muted">{t("card.owner")}</dt>
          <dd className="font-medium">{action.owner}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-muted">{t("card.targetDate")}</dt>
          <dd className={`font-medium tabular-nums ${action.overdue ? "text-danger" : ""}`}>
            <time dateTime={action.targetDate}>{formatDay(format, action.targetDate)}</time>
          </dd>
        </div>
      </dl>
      {canEdit && !editing && <StatusChanger action={action} iso3={iso3} onEdit={() => setEditing(true)} />}
      {canEdit && editing && <ActionEditor action={action} iso3={iso3} onDone={() => setEditing(false)} />}
      <details className="text-sm print:hidden">
        <summary className="cursor-pointer text-muted">{t("card.history", { count: action.history.length })}</summary>
        <ol className="mt-2 space-y-1 border-s border-line ps-3" data-testid="action-history">
          {action.history.map((h, i) => (
            <li key={i}>
              <time dateTime={h.at} className="tabular-nums text-muted">
                {t("history.time", { time: formatInstant(format, h.at) })}
              </time>{" "}
              · {h.text} <span className="text-muted">— {h.by}</span>
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}

function StatusChanger({ action, iso3, onEdit }: { action: PlanAction; iso3: string; onEdit: () => void }) {
  const t = useTranslations("plan");
  const router = useRouter();
  const [feedback, setFeedback] = useFeedback();
  const [pending, setPending] = useState(false);
  const selectId = `status-${action.id}`;

  async function change(status: PlanAction["status"]) {
    setPending(true);
    setFeedback(null);
    const result = await updateActionAction({ iso3, id: action.id, patch: { version: action.version, status } });
    setPending(false);
    if (!result.ok) {
      setFeedback({ ok: false, text: result.error });
      return;
    }
    setFeedback({ ok: true, text: t("card.statusChanged", { status: t(`status.${status}`) }) });
    router.refresh();
  }

  return (
    <div className="flex flex-wrap items-end gap-2 print:hidden">
      <div>
        <label htmlFor={selectId} className="field-label text-xs">
          {t("card.status")}
        </label>
        <select
          id={selectId}
          className="field-input py-1 text-sm"
          value={action.status}
          disabled={pending}
          onChange={(e) => change(e.target.value as PlanAction["status"])}
        >
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="btn-secondary py-1 text-sm" onClick={onEdit}>
        {t("card.edit")}
      </button>
      <ActionStatus feedback={feedback} className="basis-full" />
    </div>
  );
}

type EditValues = Required<Pick<ActionPatch, "title" | "owner" | "targetDate" | "priority">> & { version: number };

function ActionEditor({ action, iso3, onDone }: { action: PlanAction; iso3: string; onDone: () => void }) {
  const t = useTranslations("plan");
  const router = useRouter();
  const [feedback, setFeedback] = useFeedback();
  const form = useForm<z.input<typeof actionPatchSchema>, unknown, ActionPatch>({
    resolver: useLazyZodResolver(() => import("@/lib/plan/plan.validation").then((m) => m.actionPatchSchema)),
    defaultValues: {
      version: action.version,
      title: action.title,
      owner: action.owner,
      targetDate: action.targetDate,
      priority: action.priority,
    } satisfies EditValues,
  });
  const { errors, isSubmitting } = form.formState;
  const id = (name: string) => `${name}-${action.id}`;

  const onSubmit = form.handleSubmit(async (patch) => {
    setFeedback(null);
    const result = await updateActionAction({ iso3, id: action.id, patch });
    if (!result.ok) {
      setFeedback({
        ok: false,
        text: showServerErrors(form.setError, ["title", "owner", "targetDate", "priority"], result, t("card.notSaved")),
      });
      return;
    }
    router.refresh();
    onDone();
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-md border border-line p-3 print:hidden"
      aria-label={t("card.editLabel")}
    >
      <FormField id={id("title")} label={t("card.action")} error={errors.title?.message}>
        {(control) => <textarea {...control} rows={3} {...form.register("title")} />}
      </FormField>
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField id={id("owner")} label={t("card.ownerField")} error={errors.owner?.message}>
          {(control) => <input {...control} {...form.register("owner")} />}
        </FormField>
        <FormField id={id("date")} label={t("card.targetDateField")} error={errors.targetDate?.message}>
          {(control) => <input {...control} type="date" {...form.register("targetDate")} />}
        </FormField>
        <FormField id={id("priority")} label={t("card.priorityField")}>
          {(control) => <PrioritySelect {...control} {...form.register("priority")} />}
        </FormField>
      </div>
      <ActionStatus feedback={feedback} />
      <div className="flex gap-2">
        <button type="submit" className="btn-primary" disabled={isSubmitting}>
          {t("card.save")}
        </button>
        <button type="button" className="btn-secondary" onClick={onDone}>
          {t("card.cancel")}
        </button>
      </div>
    </form>
  );
}
