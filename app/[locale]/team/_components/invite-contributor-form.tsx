"use client";

import { useLazyZodResolver } from "@/app/_components/forms/lazy-schema";
import { useLocale, useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { ActionStatus, useFeedback } from "@/app/_components/forms/action-status";
import { showServerErrors } from "@/app/_components/forms/form-errors";
import { InvitationLocaleField, InviteeNameAndEmail } from "@/app/_components/forms/invitee-fields";
import { useRouter } from "@/app/_i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import type { InviteContributorInput } from "@/lib/team/team.validation";
import { inviteContributor } from "../actions";

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
      setFeedback({
        ok: false,
        text: showServerErrors(form.setError, ["name", "email"] as const, result, (count) => t("notSent", { count })),
      });
      return;
    }
    setFeedback({ ok: true, text: t("sent", { email: result.data.email }) });
    form.reset(empty);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("title")}>
      <div className="grid gap-4 md:grid-cols-3">
        <InviteeNameAndEmail
          idPrefix="contributor"
          labels={{ name: t("name"), email: t("email") }}
          fields={{ name: form.register("name"), email: form.register("email") }}
          errors={{ name: errors.name?.message, email: errors.email?.message }}
        />
        <InvitationLocaleField id="contributor-locale" label={t("language")} field={form.register("locale")} />
      </div>
      <ActionStatus feedback={feedback} />
      <button type="submit" className="btn-primary" disabled={isSubmitting}>
        {isSubmitting ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
