"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { AdminCycle } from "@/db/queries/admin";
import { cycleYearInputSchema, type CycleYearInput } from "@/lib/admin/cycles.validation";
import { closeCycle, openNewCycle, reopenCycle } from "../actions";
import { ActionStatus, useFeedback, type Feedback } from "@/app/_components/forms/action-status";
import { FieldError } from "@/app/_components/forms/field-error";
import { showServerErrors } from "@/app/_components/forms/form-errors";
import { formatDate } from "./format";

/** The assessment cycles: the list with close and reopen, and the form that opens a new one. */
export function CyclesPanel({ cycles, suggestedYear }: { cycles: readonly AdminCycle[]; suggestedYear: number }) {
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
          <caption className="sr-only">Assessment cycles, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Cycle</th>
              <th scope="col">Status</th>
              <th scope="col">Opened</th>
              <th scope="col">Closed</th>
              <th scope="col" className="text-end">
                Assessments
              </th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {cycles.map((c) => (
              <tr key={c.year}>
                <td className="font-semibold">{c.year}</td>
                <td>
                  {c.status === "open" ? (
                    <span className="badge bg-green-50 text-ok">Open</span>
                  ) : (
                    <span className="badge bg-canvas text-muted">Closed</span>
                  )}
                </td>
                <td className="whitespace-nowrap">{formatDate(c.openedAt)}</td>
                <td className="whitespace-nowrap">{formatDate(c.closedAt)}</td>
                <td className="text-end tabular-nums">{c.assessments}</td>
                <td className="text-end">
                  {c.status === "closed" ? (
                    <button
                      type="button"
                      className="btn-secondary px-3 py-1"
                      disabled={pending}
                      onClick={() =>
                        run(
                          reopenCycle,
                          c.year,
                          `The ${c.year} cycle is open again: focal points can change its answers.`,
                        )
                      }
                    >
                      Reopen <span className="sr-only">the {c.year} cycle</span>
                    </button>
                  ) : confirmClose === c.year ? (
                    <span className="inline-flex flex-wrap justify-end gap-2">
                      <button
                        type="button"
                        className="btn-danger px-3 py-1"
                        disabled={pending}
                        onClick={() =>
                          run(closeCycle, c.year, `The ${c.year} cycle is closed: its answers can no longer change.`)
                        }
                      >
                        Confirm: close {c.year}
                      </button>
                      <button
                        type="button"
                        className="btn-secondary px-3 py-1"
                        disabled={pending}
                        onClick={() => setConfirmClose(null)}
                      >
                        Cancel
                      </button>
                    </span>
                  ) : (
                    <button type="button" className="btn-secondary px-3 py-1" onClick={() => setConfirmClose(c.year)}>
                      Close <span className="sr-only">the {c.year} cycle</span>
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
        <h3 className="text-lg font-semibold">Open a new cycle</h3>
        {open ? (
          <p className="rounded-md border border-warn/40 bg-amber-50 px-3 py-2 text-sm text-warn">
            The {open.year} cycle is open. At most one cycle is open at a time: close it before you open a new cycle or
            reopen an earlier one.
          </p>
        ) : (
          <p className="text-sm text-muted">
            No cycle is open: focal points cannot change any answer until a cycle is opened.
          </p>
        )}
        <OpenCycleForm suggestedYear={suggestedYear} onResult={setFeedback} />
      </div>
    </div>
  );
}

function OpenCycleForm({ suggestedYear, onResult }: { suggestedYear: number; onResult: (f: Feedback | null) => void }) {
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const form = useForm<CycleYearInput>({
    resolver: zodResolver(cycleYearInputSchema),
    defaultValues: { year: suggestedYear },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFeedback(null);
    onResult(null);
    const result = await openNewCycle(values);
    if (!result.ok) {
      setFeedback({ ok: false, text: showServerErrors(form.setError, ["year"], result, "No cycle was opened") });
      return;
    }
    setFeedback({ ok: true, text: `The ${result.data.year} cycle is open: focal points can now answer it.` });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Open a new cycle">
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="cycle-year" className="field-label">
            Year
          </label>
          <input
            id="cycle-year"
            type="number"
            inputMode="numeric"
            min={2000}
            max={2100}
            className="field-input w-32"
            aria-invalid={errors.year ? true : undefined}
            aria-describedby={errors.year ? "cycle-year-error" : undefined}
            {...form.register("year", { valueAsNumber: true })}
          />
        </div>
        <button type="submit" className="btn-primary" disabled={isSubmitting}>
          Open cycle
        </button>
      </div>
      <FieldError id="cycle-year" message={errors.year?.message} />
      <ActionStatus feedback={feedback} />
    </form>
  );
}
