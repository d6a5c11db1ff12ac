"use client";

import { useLazyZodResolver } from "@/app/_components/forms/lazy-schema";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { ChangePasswordInput } from "@/lib/auth/account.validation";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/sign-in-rules";
import { changePassword } from "../actions";
import { FormField } from "@/app/_components/forms/form-field";

const FIELDS: { name: keyof ChangePasswordInput; autoComplete: string }[] = [
  { name: "currentPassword", autoComplete: "current-password" },
  { name: "newPassword", autoComplete: "new-password" },
  { name: "confirmPassword", autoComplete: "new-password" },
];

export function ChangePasswordForm() {
  const t = useTranslations("account.changePassword");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm<ChangePasswordInput>({
    resolver: useLazyZodResolver(() => import("@/lib/auth/account.validation").then((m) => m.changePasswordSchema)),
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await changePassword(values);
    if (result.ok) {
      form.reset();
      setMessage({ ok: true, text: t("changed") });
    } else {
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        form.setError(field as keyof ChangePasswordInput, { message: messages[0] });
      }
      setMessage({ ok: false, text: result.error });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {FIELDS.map((f) => (
        <FormField
          key={f.name}
          id={f.name}
          label={t(`fields.${f.name}`, { min: MIN_PASSWORD_LENGTH })}
          error={errors[f.name]?.message}
        >
          {(control) => <input {...control} type="password" autoComplete={f.autoComplete} {...form.register(f.name)} />}
        </FormField>
      ))}
      <div aria-live="polite">
        {message && <p className={message.ok ? "text-sm text-ok" : "text-sm text-danger"}>{message.text}</p>}
      </div>
      <button type="submit" className="btn-primary" disabled={isSubmitting}>
        {t("submit")}
      </button>
    </form>
  );
}
