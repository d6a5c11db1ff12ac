"use client";

import { useLazyZodResolver } from "@/app/_components/forms/lazy-schema";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import type { AdminCycle } from "@/lib/admin/view";
import type { CycleYearInput } from "@/lib/admin/cycles.validation";
import { closeCycle, openNewCycle, reopenCycle, setCycleDeadline } from "../actions";
import { ActionStatus, useFeedback, type Feedback } from "@/app/_components/forms/action-status";
import { FieldError } from "@/app/_components/forms/field-error";
import { FormField } from "@/app/_components/forms/form-field";
import { useRouter } from "@/app/_i18n/navigation";
import { formatDate } from "./format";
import { showServerErrors } from "@/app/_components/forms/form-errors";
import { TableHead } from "@/app/_components/table-head";

const sr = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

/** The assessment cycles: the list with close and reopen, and the form that opens a new one. */
export function CyclesPanel({ cycles, suggestedYear }: { cycles: readonly AdminCycle[]; suggestedYear: number }) {
  const t = useTranslations("admin.cycles");
  const locale = useLocale();
  const router = useRouter();
  const [feedback, setFeedback] = useFeedback();
  const [confirmClose, setConfirmClose] = useState<number | null>(null);
  const [pending, startTransition] = useTransition();
  const open = cycles.find((c) => c.status === "open");

  const run = (action: typeof closeCycle, year: number, done: string) =>
    startTransition(async () => {
      setFeedback(null);
      const result = await action({ year });
      if (action === closeCycle) setConfirmClose(null);
      setFeedback(result.ok ? { ok: true, text: done } : { ok: false, text: result.error });
      if (result.ok) router.refresh();
    });

  return (
    <div className="space-y-6">
      <div className="card overflow-x-auto p-0">
        <table className="data-table">
          <caption className="sr-only">{t("caption")}</caption>
          <TableHead
            columns={[
              { label: t("cycle") },
              { label: t("status") },
              { label: t("opened") },
              { label: t("closed") },
              { label: t("deadline") },
              { label: t("assessments"), className: "text-end" },
              { label: t("actions"), srOnly: true },
            ]}
          />
          <tbody>
            {cycles.map((c) => (
              <tr key={c.year}>
                <td className="font-semibold">{c.year}</td>
                <td>
                  {c.status === "open" ? (
                    <span className="badge bg-green-50 text-ok">{t("statusOpen")}</span>
                  ) : (
                    <span className="badge bg-canvas text-muted">{t("statusClosed")}</span>
                  )}
                </td>
                <td className="whitespace-nowrap">{formatDate(c.openedAt, locale)}</td>
                <td className="whitespace-nowrap">{formatDate(c.closedAt, locale)}</td>
                <td>
                  <DeadlineForm cycle={c.year} deadline={c.deadline} onResult={setFeedback} />
                </td>
                <td className="text-end tabular-nums">{c.assessments}</td>
                <td className="text-end">
                  {c.status === "closed" ? (
                    <button
                      type="button"
                      className="btn-secondary px-3 py-1"
                      disabled={pending}
                      onClick={() => run(reopenCycle, c.year, t("reopened", { year: c.year }))}
                    >
                      {t.rich("reopen", { year: c.year, sr })}
                    </button>
                  ) : confirmClose === c.year ? (
                    <span className="inline-flex flex-wrap justify-end gap-2">
                      <button
                        type="button"
                        className="btn-danger px-3 py-1"
                        disabled={pending}
                        onClick={() => run(closeCycle, c.year, t("closedDone", { year: c.year }))}
                      >
                        {t("confirmClose", { year: c.year })}
                      </button>
                      <button
                        type="button"
                        className="btn-secondary px-3 py-1"
                        disabled={pending}
                        onClick={() => setConfirmClose(null)}
                      >
                        {t("cancel")}
                      </button>
                    </span>
                  ) : (
                    <button type="button" className="btn-secondary px-3 py-1" onClick={() => setConfirmClose(c.year)}>
                      {t.rich("close", { year: c.year, sr })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ActionStatus feedback={feedback} />
      <div className="card space-y-4">
        <h3 className="text-lg font-semibold">{t("openTitle")}</h3>
        {open ? (
          <p className="rounded-md border border-warn/40 bg-amber-50 px-3 py-2 text-sm text-warn">
            {t("oneOpen", { year: open.year })}
          </p>
        ) : (
          <p className="text-sm text-muted">{t("noneOpen")}</p>
        )}
        <OpenCycleForm suggestedYear={suggestedYear} onResult={setFeedback} />
      </div>
    </div>
  );
}

function OpenCycleForm({ suggestedYear, onResult }: { suggestedYear: number; onResult: (f: Feedback | null) => void }) {
  const t = useTranslations("admin.cycles");
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const form = useForm<CycleYearInput>({
    resolver: useLazyZodResolver(() => import("@/lib/admin/cycles.validation").then((m) => m.cycleYearInputSchema)),
    defaultValues: { year: suggestedYear },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFeedback(null);
    onResult(null);
    const result = await openNewCycle(values);
    if (!result.ok) {
      const text = showServerErrors(form.setError, ["year"], result, (count) => t("notOpened", { count }));
      setFeedback({ ok: false, text });
      return;
    }
    setFeedback({ ok: true, text: t("openedDone", { year: result.data.year }) });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("openLabel")}>
      <div className="flex flex-wrap items-end gap-3">
        <FormField id="cycle-year" label={t("year")}>
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={2000}
              max={2100}
              className="field-input w-32"
              {...form.register("year", { valueAsNumber: true })}
            />
          )}
        </FormField>
        <button type="submit" className="btn-primary" disabled={isSubmitting}>
          {t("submit")}
        </button>
      </div>
      <FieldError id="cycle-year" message={errors.year?.message} />
      <ActionStatus feedback={feedback} />
    </form>
  );
}

/** The cycle's submission deadline: a date field and Save (an empty field removes it). */
function DeadlineForm({
  cycle,
  deadline,
  onResult,
}: {
  cycle: number;
  deadline: string | null;
  onResult: (f: Feedback | null) => void;
}) {
  const t = useTranslations("admin.cycles");
  const router = useRouter();
  const [value, setValue] = useState(deadline ?? "");
  const [pending, startTransition] = useTransition();
  const save = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      onResult(null);
      const result = await setCycleDeadline({ cycle, deadline: value === "" ? null : value });
      onResult(
        result.ok
          ? { ok: true, text: value ? t("deadlineSet", { year: cycle }) : t("deadlineRemoved", { year: cycle }) }
          : { ok: false, text: result.error },
      );
      if (result.ok) router.refresh();
    });
  };
  return (
    <form onSubmit={save} className="flex items-center gap-2" aria-label={t("deadlineLabel", { year: cycle })}>
      <input
        type="date"
        className="field-input w-40 py-1"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-label={t("deadlineLabel", { year: cycle })}
      />
      <button type="submit" className="btn-secondary px-3 py-1" disabled={pending || value === (deadline ?? "")}>
        {t("deadlineSave")}
      </button>
    </form>
  );
}
