"use client";

import { useLazyZodResolver } from "@/app/_components/forms/lazy-schema";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { ActionsFromGaps } from "@/lib/plan/plan.validation";
import { useRouter } from "@/app/_i18n/navigation";
import { ActionStatus, useFeedback } from "@/app/_components/forms/action-status";
import { showServerErrors } from "@/app/_components/forms/form-errors";
import { createActionsFromGapsAction } from "@/app/[locale]/plan/actions";
import { FormField } from "@/app/_components/forms/form-field";
import { PrioritySelect } from "@/app/_components/plan/priority-select";

/**
 * The what-if view's one step: every ticked gap becomes an action titled with
 * its recommended action, with one owner, target date and priority for all.
 */
export function GapsToActionsForm({ iso3, questionIds }: { iso3: string; questionIds: string[] }) {
  const t = useTranslations("plan.gapsForm");
  const router = useRouter();
  const [feedback, setFeedback] = useFeedback();
  // A year from the first render, kept across renders (the form reads its defaults once).
  const [defaultTargetDate] = useState(() => new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10));
  const form = useForm<Omit<ActionsFromGaps, "questionIds">>({
    resolver: useLazyZodResolver(() =>
      import("@/lib/plan/plan.validation").then((m) => m.actionsFromGapsSchema.omit({ questionIds: true })),
    ),
    defaultValues: {
      owner: "",
      targetDate: defaultTargetDate,
      priority: "medium",
    },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const result = await createActionsFromGapsAction({ iso3, gaps: { ...values, questionIds } });
    if (!result.ok) {
      setFeedback({
        ok: false,
        text: showServerErrors(form.setError, ["owner", "targetDate", "priority"], result, t("noneAdded")),
      });
      return;
    }
    setFeedback({ ok: true, text: t("added", { count: result.data.length }) });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 border-t border-line pt-4" aria-label={t("label")}>
      <p className="text-sm font-semibold">{t("heading", { count: questionIds.length })}</p>
      <FormField id="gaps-owner" label={t("owner")} error={errors.owner?.message}>
        {(control) => <input {...control} {...form.register("owner")} />}
      </FormField>
      <div className="grid grid-cols-2 gap-2">
        <FormField id="gaps-date" label={t("targetDate")} error={errors.targetDate?.message}>
          {(control) => <input {...control} type="date" {...form.register("targetDate")} />}
        </FormField>
        <FormField id="gaps-priority" label={t("priority")}>
          {(control) => <PrioritySelect {...control} {...form.register("priority")} />}
        </FormField>
      </div>
      <ActionStatus feedback={feedback} />
      <button type="submit" className="btn-primary w-full" disabled={isSubmitting}>
        {t("submit", { count: questionIds.length })}
      </button>
    </form>
  );
}
