"use client";

import { useLazyZodResolver } from "@/app/_components/forms/lazy-schema";
import { useLocale, useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { ForgotPasswordInput } from "@/lib/auth/password-reset.validation";
import { ActionStatus, useFeedback } from "@/app/_components/forms/action-status";
import { FormField } from "@/app/_components/forms/form-field";
import { Link } from "@/app/_i18n/navigation";

/**
 * The answer is the same whether the address has an account or not (better-auth's, and ours): only a
 * refusal to send more (429) or an unreachable server is told apart.
 */
export function ForgotPasswordForm() {
  const t = useTranslations("account.forgotPassword");
  const locale = useLocale();
  const [feedback, setFeedback] = useFeedback();
  const form = useForm<ForgotPasswordInput>({
    resolver: useLazyZodResolver(() =>
      import("@/lib/auth/password-reset.validation").then((m) => m.forgotPasswordSchema),
    ),
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const response = await fetch("/api/auth/request-password-reset", {
      method: "POST",
      headers: { "content-type": "application/json" },
      // The language of this page travels to the message through the link's callback.
      body: JSON.stringify({ email: values.email, redirectTo: `/${locale}/reset-password` }),
    }).catch(() => null);
    if (!response) return setFeedback({ ok: false, text: t("unreachable") });
    if (response.ok) return setFeedback({ ok: true, text: t("sent") });
    const body = (await response.json().catch(() => ({}))) as { error?: string; message?: string };
    setFeedback({ ok: false, text: body.error ?? body.message ?? t("failed", { status: response.status }) });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormField id="email" label={t("email")} error={errors.email?.message}>
        {(control) => <input {...control} type="email" autoComplete="username" dir="ltr" {...form.register("email")} />}
      </FormField>
      <ActionStatus feedback={feedback} />
      <button type="submit" className="btn-primary w-full" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
      <p className="text-sm">
        <Link href="/sign-in">{t("backToSignIn")}</Link>
      </p>
    </form>
  );
}
