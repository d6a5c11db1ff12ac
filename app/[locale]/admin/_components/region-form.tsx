"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { moveMemberStateSchema, type MoveMemberStateInput } from "@/lib/admin/regions.validation";
import { REGIONS, regionName } from "@/lib/reference/regions";
import { moveMemberState } from "../actions";
import { ActionStatus, useFeedback } from "@/app/_components/forms/action-status";
import { FieldError } from "@/app/_components/forms/field-error";
import { showServerErrors } from "@/app/_components/forms/form-errors";

export interface StateWithRegion {
  iso3: string;
  name: string;
  region: string;
}

/** Moves one Member State to another BDT region. */
export function RegionForm({ states }: { states: readonly StateWithRegion[] }) {
  const router = useRouter();
  const [feedback, setFeedback] = useFeedback();
  const form = useForm<MoveMemberStateInput>({
    resolver: zodResolver(moveMemberStateSchema),
    defaultValues: { iso3: "", region: undefined },
  });
  const { errors, isSubmitting } = form.formState;
  const chosen = states.find((s) => s.iso3 === form.watch("iso3"));

  const onSubmit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const result = await moveMemberState(values);
    if (!result.ok) {
      setFeedback({
        ok: false,
        text: showServerErrors(form.setError, ["iso3", "region"], result, "Nothing was moved"),
      });
      return;
    }
    const { name, from, to } = result.data;
    setFeedback({ ok: true, text: `${name} moved from ${regionName(from)} to ${regionName(to)}.` });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Move a Member State to another region">
      <div>
        <label htmlFor="region-state" className="field-label">
          Member State
        </label>
        <select
          id="region-state"
          className="field-input"
          aria-invalid={errors.iso3 ? true : undefined}
          aria-describedby={errors.iso3 ? "region-state-error" : undefined}
          {...form.register("iso3")}
        >
          <option value="">Choose a Member State…</option>
          {states.map((s) => (
            <option key={s.iso3} value={s.iso3}>
              {s.name} ({regionName(s.region)})
            </option>
          ))}
        </select>
        <FieldError id="region-state" message={errors.iso3?.message} />
        {chosen && (
          <p className="mt-1 text-xs text-muted">
            {chosen.name} is currently in the {regionName(chosen.region)} region.
          </p>
        )}
      </div>
      <div>
        <label htmlFor="region-target" className="field-label">
          New BDT region
        </label>
        <select
          id="region-target"
          className="field-input"
          aria-invalid={errors.region ? true : undefined}
          aria-describedby={errors.region ? "region-target-error" : undefined}
          {...form.register("region")}
        >
          <option value="">Choose a region…</option>
          {REGIONS.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
        <FieldError id="region-target" message={errors.region?.message} />
      </div>
      <ActionStatus feedback={feedback} />
      <button type="submit" className="btn-primary" disabled={isSubmitting}>
        Move to region
      </button>
    </form>
  );
}
