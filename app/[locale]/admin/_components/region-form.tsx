"use client";

import { useLazyZodResolver } from "@/app/_components/forms/lazy-schema";
import { useLocale, useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { MoveMemberStateInput } from "@/lib/admin/regions.validation";
import { REGIONS, localizedRegionName } from "@/lib/reference/regions";
import { moveMemberState } from "../actions";
import { ActionStatus, useFeedback } from "@/app/_components/forms/action-status";
import { FormField } from "@/app/_components/forms/form-field";
import { useRouter } from "@/app/_i18n/navigation";
import { showServerErrors } from "@/app/_components/forms/form-errors";

export interface StateWithRegion {
  iso3: string;
  name: string;
  region: string;
}

/** Moves one Member State to another BDT region. */
export function RegionForm({ states }: { states: readonly StateWithRegion[] }) {
  const t = useTranslations("admin.regions");
  const locale = useLocale();
  const region = (id: string) => localizedRegionName(id, locale);
  const router = useRouter();
  const [feedback, setFeedback] = useFeedback();
  const form = useForm<MoveMemberStateInput>({
    resolver: useLazyZodResolver(() => import("@/lib/admin/regions.validation").then((m) => m.moveMemberStateSchema)),
    defaultValues: { iso3: "", region: undefined },
  });
  const { errors, isSubmitting } = form.formState;
  const chosen = states.find((s) => s.iso3 === form.watch("iso3"));

  const onSubmit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const result = await moveMemberState(values);
    if (!result.ok) {
      const text = showServerErrors(form.setError, ["iso3", "region"], result, (count) => t("notMoved", { count }));
      setFeedback({ ok: false, text });
      return;
    }
    const { name, from, to } = result.data;
    // The server answers with the English name; the page's list has the reader's.
    const stateName = states.find((s) => s.iso3 === values.iso3)?.name ?? name;
    setFeedback({ ok: true, text: t("moved", { name: stateName, from: region(from), to: region(to) }) });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("formLabel")}>
      <FormField
        id="region-state"
        label={t("memberState")}
        error={errors.iso3?.message}
        hint={
          chosen && (
            <p className="mt-1 text-xs text-muted">
              {t("currently", { name: chosen.name, region: region(chosen.region) })}
            </p>
          )
        }
      >
        {(control) => (
          <select {...control} {...form.register("iso3")}>
            <option value="">{t("chooseState")}</option>
            {states.map((s) => (
              <option key={s.iso3} value={s.iso3}>
                {t("stateOption", { name: s.name, region: region(s.region) })}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="region-target" label={t("target")} error={errors.region?.message}>
        {(control) => (
          <select {...control} {...form.register("region")}>
            <option value="">{t("chooseRegion")}</option>
            {REGIONS.map((r) => (
              <option key={r.id} value={r.id}>
                {region(r.id)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <ActionStatus feedback={feedback} />
      <button type="submit" className="btn-primary" disabled={isSubmitting}>
        {t("submit")}
      </button>
    </form>
  );
}
