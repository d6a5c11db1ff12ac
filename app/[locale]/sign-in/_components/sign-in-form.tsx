"use client";

import { useLazyZodResolver } from "@/app/_components/forms/lazy-schema";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { getPathname } from "@/app/_i18n/navigation";
import type { SignInInput } from "@/lib/auth/sign-in.validation";
import { afterSignIn } from "@/app/_lib/after-sign-in";
import { FormField } from "@/app/_components/forms/form-field";
import { ErrorAlert } from "@/app/_components/forms/error-alert";

type AuthBody = {
  user?: { role?: string };
  twoFactorRedirect?: boolean;
  code?: string;
  error?: string;
  message?: string;
};

async function postJson(path: string, body: unknown): Promise<{ response: Response; body: AuthBody }> {
  const response = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { response, body: (await response.json().catch(() => ({}))) as AuthBody };
}

/**
 * The password, then, for an account with a second factor, the code of its authenticator app (or one
 * of its backup codes). Wrong codes are counted in the database by better-auth's two-factor plugin.
 */
export function SignInForm({
  next,
  initialStep = "password",
}: {
  next: string | null;
  /** "code": a single sign-on came back for an account with a second factor (db/auth.ts). */
  initialStep?: "password" | "code";
}) {
  const t = useTranslations("account.signIn.form");
  const tSso = useTranslations("account.signIn.sso");
  const locale = useLocale();
  const [error, setError] = useState<string | null>(null);
  const [step, setStep] = useState<"password" | "code">(initialStep);
  const [useBackup, setUseBackup] = useState(false);
  const [code, setCode] = useState("");
  const [verifying, setVerifying] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({
    resolver: useLazyZodResolver(() => import("@/lib/auth/sign-in.validation").then((m) => m.signInSchema)),
  });

  /** The server's refusals carry a code, so the reader gets them in their language; others keep the server's text. */
  function refusal(response: Response, body: AuthBody): string {
    if (response.status === 401) return t("wrongCredentials");
    if (body.code === "forbidden.account_disabled") return t("accountDisabled");
    const wait = Number(response.headers.get("retry-after"));
    if (body.code === "rate_limited.sign_in" && wait > 0) return t("tooManyAttempts", { seconds: wait });
    return body.error ?? body.message ?? t("failed", { status: response.status });
  }

  function codeRefusal(response: Response, body: AuthBody): string {
    if (body.code === "INVALID_CODE" || body.code === "INVALID_BACKUP_CODE") return t("wrongCode");
    if (response.status === 429 || body.code === "ACCOUNT_TEMPORARILY_LOCKED") return t("codeLocked");
    if (body.code === "TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE" || body.code === "INVALID_TWO_FACTOR_COOKIE")
      return t("challengeExpired");
    return body.error ?? body.message ?? t("failed", { status: response.status });
  }

  /** A full navigation, so that every server component sees the new session. */
  function enter(body: AuthBody) {
    window.location.assign(getPathname(afterSignIn(next, body.user?.role ?? "", locale)));
  }

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    try {
      const { response, body } = await postJson("/api/auth/sign-in/email", values);
      if (!response.ok) return setError(refusal(response, body));
      if (body.twoFactorRedirect) {
        setStep("code");
        return;
      }
      enter(body);
    } catch {
      setError(t("unreachable"));
    }
  });

  async function onVerify(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    setVerifying(true);
    try {
      const path = useBackup ? "/api/auth/two-factor/verify-backup-code" : "/api/auth/two-factor/verify-totp";
      const { response, body } = await postJson(path, { code: useBackup ? code.trim() : code.replace(/\s+/g, "") });
      if (!response.ok) {
        setError(codeRefusal(response, body));
        setCode("");
        return;
      }
      enter(body);
    } catch {
      setError(t("unreachable"));
    } finally {
      setVerifying(false);
    }
  }

  const alert = <ErrorAlert message={error} />;

  if (step === "code")
    return (
      <form onSubmit={onVerify} noValidate className="space-y-5" aria-labelledby="code-step-title">
        <div>
          <h2 id="code-step-title" className="text-lg font-semibold">
            {t("codeStepTitle")}
          </h2>
          <p className="mt-1 text-sm text-muted">
            {initialStep === "code" ? tSso("codeStepIntro") : t("codeStepIntro")}
          </p>
        </div>
        {alert}
        <FormField id="code" label={useBackup ? t("backupCode") : t("code")}>
          {(control) => (
            <input
              {...control}
              value={code}
              onChange={(e) => setCode(e.target.value)}
              inputMode={useBackup ? "text" : "numeric"}
              autoComplete="one-time-code"
              dir="ltr"
              autoFocus
              maxLength={useBackup ? 11 : 7}
              className={`${control.className} font-mono tracking-widest`}
            />
          )}
        </FormField>
        <button type="submit" className="btn-primary w-full" disabled={verifying || !code.trim()}>
          {verifying ? t("verifying") : t("verify")}
        </button>
        <div className="flex flex-wrap justify-between gap-2 text-sm">
          <button
            type="button"
            className="text-brand-700 underline underline-offset-2 hover:text-brand-900"
            onClick={() => {
              setUseBackup(!useBackup);
              setCode("");
              setError(null);
            }}
          >
            {useBackup ? t("useAppCode") : t("useBackupCode")}
          </button>
          <button
            type="button"
            className="text-brand-700 underline underline-offset-2 hover:text-brand-900"
            onClick={() => {
              reset();
              setStep("password");
              setCode("");
              setError(null);
            }}
          >
            {t("startAgain")}
          </button>
        </div>
      </form>
    );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {alert}
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
