"use client";

import { isStateRole } from "@/lib/assessment/status";
import { useLazyZodResolver } from "@/app/_components/forms/lazy-schema";
import { useLocale, useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { InviteFormInput, InviteInput } from "@/lib/admin/invitations.validation";
import type { Locale } from "@/lib/i18n/locales";
import { inviteAccount } from "../actions";
import { ActionStatus, useFeedback } from "@/app/_components/forms/action-status";
import { FieldError } from "@/app/_components/forms/field-error";
import { InvitationLocaleField, InviteeNameAndEmail } from "@/app/_components/forms/invitee-fields";
import { showServerErrors } from "@/app/_components/forms/form-errors";
import { useRouter } from "@/app/_i18n/navigation";
import { MemberStateSelect, type StateOption } from "./member-state-select";
import { RoleSelect } from "./role-select";

/**
 * Invites a person by e-mail: they choose their own password from the link, so nobody else ever knows it.
 * The message is written in the language chosen here (by default this page's).
 */
export function InviteForm({ states }: { states: readonly StateOption[] }) {
  const t = useTranslations("admin.invite");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const [feedback, setFeedback] = useFeedback();
  const empty: InviteFormInput = { name: "", email: "", role: "focal_point", memberStateIso3: "", locale };
  const form = useForm<InviteFormInput, unknown, InviteInput>({
    resolver: useLazyZodResolver(() => import("@/lib/admin/invitations.validation").then((m) => m.inviteFormSchema)),
    defaultValues: empty,
  });
  const { errors, isSubmitting } = form.formState;
  const role = form.watch("role");

  const onSubmit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const result = await inviteAccount(values);
    if (!result.ok) {
      const fields = ["name", "email", "role", "memberStateIso3"] as const;
      setFeedback({
        ok: false,
        text: showServerErrors(form.setError, fields, result, (count) => t("notSent", { count })),
      });
      return;
    }
    setFeedback({ ok: true, text: t("sent", { email: result.data.email }) });
    form.reset(empty);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={t("label")}>
      <div className="grid gap-5 md:grid-cols-2">
        <InviteeNameAndEmail
          idPrefix="invite"
          labels={{ name: t("name"), email: t("email") }}
          fields={{ name: form.register("name"), email: form.register("email") }}
          errors={{ name: errors.name?.message, email: errors.email?.message }}
        />
        <RoleSelect id="invite-role" label={t("role")} error={errors.role?.message} form={form} />
        {isStateRole(role) ? (
          <div>
            <label htmlFor="invite-state" className="field-label">
              {t("memberState")}
            </label>
            <MemberStateSelect
              id="invite-state"
              states={states}
              invalid={Boolean(errors.memberStateIso3)}
              registration={form.register("memberStateIso3")}
            />
            <FieldError id="invite-state" message={errors.memberStateIso3?.message} />
          </div>
        ) : (
          <div />
        )}
        <InvitationLocaleField id="invite-locale" label={t("language")} field={form.register("locale")} />
      </div>
      <ActionStatus feedback={feedback} />
      <button type="submit" className="btn-primary" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
