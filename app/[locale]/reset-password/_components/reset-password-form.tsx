"use client";

import { useLazyZodResolver } from "@/app/_components/forms/lazy-schema";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { ChooseNewPasswordInput } from "@/lib/auth/password-reset.validation";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/sign-in-rules";
import { ActionStatus, useFeedback } from "@/app/_components/forms/action-status";
import { NewPasswordFields } from "@/app/_components/forms/new-password-fields";
import { Link } from "@/app/_i18n/navigation";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("account.resetPassword");
  const [feedback, setFeedback] = useFeedback();
  const [done, setDone] = useState(false);
  const form = useForm<ChooseNewPasswordInput>({
    resolver: useLazyZodResolver(() =>
      import("@/lib/auth/password-reset.validation").then((m) => m.chooseNewPasswordSchema),
    ),
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const response = await fetch("/api/auth/reset-password", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ newPassword: values.password, token }),
    }).catch(() => null);
    if (!response) return setFeedback({ ok: false, text: t("unreachable") });
    if (response.ok) {
      setDone(true);
      return setFeedback({ ok: true, text: t("changed") });
    }
    const body = (await response.json().catch(() => ({}))) as { code?: string };
    // better-auth's code for a used, unknown or expired link.
    setFeedback({
      ok: false,
      text: body.code === "INVALID_TOKEN" ? t("invalidText") : t("failed", { status: response.status }),
    });
  });

  if (done)
    return (
      <div className="space-y-4">
        <ActionStatus feedback={feedback} />
        <Link href="/sign-in" className="btn-primary">
          {t("toSignIn")}
        </Link>
      </div>
    );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <NewPasswordFields
        labels={{ password: t("password", { min: MIN_PASSWORD_LENGTH }), confirmPassword: t("confirmPassword") }}
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
