"use client";

import { useLazyZodResolver } from "@/app/_components/forms/lazy-schema";
import { useLocale, useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { ActionStatus, useFeedback } from "@/app/_components/forms/action-status";
import { FormField } from "@/app/_components/forms/form-field";
import { useRouter } from "@/app/_i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import type { InviteContributorInput } from "@/lib/team/team.validation";
import { inviteContributor } from "../actions";
import { LocaleOptions } from "@/app/_components/forms/locale-options";

/** Invites a contributor of the focal point's own state: they choose their password from the e-mailed link. */
export function InviteContributorForm() {
  const t = useTranslations("assessment.team.invite");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const [feedback, setFeedback] = useFeedback();
  const empty: InviteContributorInput = { name: "", email: "", locale };
  const form = useForm<InviteContributorInput>({
    resolver: useLazyZodResolver(() => import("@/lib/team/team.validation").then((m) => m.inviteContributorSchema)),
    defaultValues: empty,
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const result = await inviteContributor(values);
    if (!result.ok) {
      for (const field of ["name", "email"] as const) {
        const message = result.fieldErrors?.[field]?.[0];
        if (message) form.setError(field, { message });
      }
      setFeedback({ ok: false, text: result.error });
      return;
    }
    setFeedback({ ok: true, text: t("sent", { email: result.data.email }) });
    form.reset(empty);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("title")}>
      <div className="grid gap-4 md:grid-cols-3">
        <FormField id="contributor-name" label={t("name")} error={errors.name?.message}>
          {(control) => <input {...control} autoComplete="off" {...form.register("name")} />}
        </FormField>
        <FormField id="contributor-email" label={t("email")} error={errors.email?.message}>
          {(control) => <input {...control} type="email" dir="ltr" autoComplete="off" {...form.register("email")} />}
        </FormField>
        <FormField id="contributor-locale" label={t("language")}>
          {(control) => (
            <select {...control} {...form.register("locale")}>
              <LocaleOptions />
            </select>
          )}
        </FormField>
      </div>
      <ActionStatus feedback={feedback} />
      <button type="submit" className="btn-primary" disabled={isSubmitting}>
        {isSubmitting ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
