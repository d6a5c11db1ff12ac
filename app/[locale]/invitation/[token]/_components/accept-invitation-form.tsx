"use client";

import { useLazyZodResolver } from "@/app/_components/forms/lazy-schema";
import { useLocale, useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { AcceptInvitationFormInput, AcceptInvitationInput } from "@/lib/admin/invitations.validation";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/sign-in-rules";
import { ActionStatus, useFeedback } from "@/app/_components/forms/action-status";
import { showServerErrors } from "@/app/_components/forms/form-errors";
import { NewPasswordFields } from "@/app/_components/forms/new-password-fields";
import { getPathname } from "@/app/_i18n/navigation";
import { afterSignIn } from "@/app/_lib/after-sign-in";
import { acceptInvitation } from "../actions";

/** Chooses the password, which creates the account; then signs the person in (or sends them to sign in). */
export function AcceptInvitationForm({ token }: { token: string }) {
  const t = useTranslations("account.invitation");
  const locale = useLocale();
  const [feedback, setFeedback] = useFeedback();
  const form = useForm<AcceptInvitationFormInput, unknown, AcceptInvitationInput>({
    resolver: useLazyZodResolver(() =>
      import("@/lib/admin/invitations.validation").then((m) => m.acceptInvitationSchema),
    ),
    defaultValues: { token, password: "", confirmPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const result = await acceptInvitation(values);
    if (!result.ok) {
      const text = showServerErrors(form.setError, ["password", "confirmPassword"], result, () => result.error);
      setFeedback({ ok: false, text });
      return;
    }
    setFeedback({ ok: true, text: t("created") });
    const signIn = await fetch("/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: result.data.email, password: values.password }),
    }).catch(() => null);
    const body = signIn?.ok ? ((await signIn.json().catch(() => ({}))) as { user?: { role?: string } }) : null;
    // Signed in: to the home of the role (a full navigation, so every page sees the session); otherwise the
    // sign-in page (the account exists).
    window.location.assign(
      getPathname(body ? afterSignIn(null, body.user?.role ?? "", locale) : { href: "/sign-in", locale }),
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <NewPasswordFields
        labels={{
          password: t("password", { min: MIN_PASSWORD_LENGTH }),
          confirmPassword: t("confirmPassword"),
        }}
        errors={{ password: errors.password?.message, confirmPassword: errors.confirmPassword?.message }}
        register={form.register}
      />
      <ActionStatus feedback={feedback} />
      <button type="submit" className="btn-primary w-full" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
