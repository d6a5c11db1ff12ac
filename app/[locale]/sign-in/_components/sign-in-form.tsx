"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { getPathname } from "@/app/_i18n/navigation";
import { signInSchema, type SignInInput } from "@/lib/auth/sign-in.validation";
import { afterSignIn } from "@/app/_lib/after-sign-in";
import { FormField } from "@/app/_components/forms/form-field";

export function SignInForm({ next }: { next: string | null }) {
  const t = useTranslations("account.signIn.form");
  const locale = useLocale();
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema) });

  /** The server's refusals carry a code, so the reader gets them in their language; others keep the server's text. */
  function refusal(response: Response, body: { code?: string; error?: string; message?: string }): string {
    if (response.status === 401) return t("wrongCredentials");
    if (body.code === "forbidden.account_disabled") return t("accountDisabled");
    const wait = Number(response.headers.get("retry-after"));
    if (body.code === "rate_limited.sign_in" && wait > 0) return t("tooManyAttempts", { seconds: wait });
    return body.error ?? body.message ?? t("failed", { status: response.status });
  }

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    let response: Response;
    try {
      response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(values),
      });
    } catch {
      setError(t("unreachable"));
      return;
    }
    const body = (await response.json().catch(() => ({}))) as {
      user?: { role?: string };
      code?: string;
      error?: string;
      message?: string;
    };
    if (!response.ok) {
      setError(refusal(response, body));
      return;
    }
    // A full navigation, so that every server component sees the new session.
    window.location.assign(getPathname(afterSignIn(next, body.user?.role ?? "", locale)));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <div aria-live="assertive">
        {error && (
          <p role="alert" className="rounded-md border border-danger/40 bg-red-50 px-4 py-3 text-sm text-danger">
            {error}
          </p>
        )}
      </div>
      <FormField id="email" label={t("email")} error={errors.email?.message}>
        {(control) => <input {...control} type="email" autoComplete="username" dir="ltr" {...register("email")} />}
      </FormField>
      <FormField id="password" label={t("password")} error={errors.password?.message}>
        {(control) => <input {...control} type="password" autoComplete="current-password" {...register("password")} />}
      </FormField>
      <button type="submit" className="btn-primary w-full" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
