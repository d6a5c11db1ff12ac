"use client";

import { useLazyZodResolver } from "@/app/_components/forms/lazy-schema";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { PlanAction } from "@/lib/plan/actions";
import type { NewAction, newActionSchema } from "@/lib/plan/plan.validation";
import { useRouter } from "@/app/_i18n/navigation";
import { ActionStatus, useFeedback } from "@/app/_components/forms/action-status";
import { errorLink } from "@/app/_components/forms/field-error";
import { showServerErrors } from "@/app/_components/forms/form-errors";
import { createActionAction } from "@/app/[locale]/plan/actions";
import { FormField } from "@/app/_components/forms/form-field";
import { PrioritySelect } from "@/app/_components/plan/priority-select";

/** A date `months` after today, "YYYY-MM-DD": the target date a new action starts with. */
function monthsAhead(months: number): string {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/**
 * Turns one gap into an action. The title starts as the question's recommended
 * action; the same zod schema checks the form here and again on the server.
 */
export function AddActionForm({
  iso3,
  questionId,
  suggestedTitle,
  onCreated,
  onCancel,
}: {
  iso3: string;
  questionId: string;
  suggestedTitle: string;
  onCreated: (action: PlanAction) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("plan.addForm");
  const id = useId();
  const router = useRouter();
  const [feedback, setFeedback] = useFeedback();
  const form = useForm<z.input<typeof newActionSchema>, unknown, NewAction>({
    resolver: useLazyZodResolver(() => import("@/lib/plan/plan.validation").then((m) => m.newActionSchema)),
    defaultValues: {
      questionId,
      title: suggestedTitle,
      owner: "",
      targetDate: monthsAhead(12),
      priority: "medium",
      status: "planned",
    },
  });
  const { errors, isSubmitting } = form.formState;
  const field = (name: string) => `${id}-${name}`;
  const described = (name: "title" | "owner" | "targetDate" | "priority") =>
    errorLink(field(name), errors[name]?.message);

  const onSubmit = form.handleSubmit(async (action) => {
    setFeedback(null);
    const result = await createActionAction({ iso3, action });
    if (!result.ok) {
      setFeedback({
        ok: false,
        text: showServerErrors(form.setError, ["title", "owner", "targetDate", "priority"], result, t("notAdded")),
      });
      return;
    }
    onCreated(result.data);
    router.refresh();
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-md border border-brand-200 bg-brand-50/60 p-4"
      aria-label={t("label", { questionId })}
      data-testid="add-action-form"
    >
      <FormField id={field("title")} label={t("action")} error={errors.title?.message}>
        {(control) => <textarea {...control} rows={3} {...described("title")} {...form.register("title")} />}
      </FormField>
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField id={field("owner")} label={t("owner")} error={errors.owner?.message}>
          {(control) => <input {...control} {...described("owner")} {...form.register("owner")} />}
        </FormField>
        <FormField id={field("targetDate")} label={t("targetDate")} error={errors.targetDate?.message}>
          {(control) => (
            <input {...control} type="date" {...described("targetDate")} {...form.register("targetDate")} />
          )}
        </FormField>
        <FormField id={field("priority")} label={t("priority")} error={errors.priority?.message}>
          {(control) => <PrioritySelect {...control} {...described("priority")} {...form.register("priority")} />}
        </FormField>
      </div>
      <ActionStatus feedback={feedback} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn-primary" disabled={isSubmitting}>
          {t("submit")}
        </button>
        <button type="button" className="btn-secondary" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
