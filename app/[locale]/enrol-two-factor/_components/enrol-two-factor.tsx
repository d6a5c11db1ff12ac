"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { renderSVG } from "uqr";
import { FormField } from "@/app/_components/forms/form-field";
import { groupSecret, totpSecretOf } from "@/lib/auth/two-factor";
import { ErrorAlert } from "@/app/_components/forms/error-alert";

type Step =
  { kind: "password" } | { kind: "scan"; uri: string; backupCodes: string[] } | { kind: "done"; backupCodes: string[] };

async function post(path: string, body: unknown) {
  const response = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  return { response, json };
}

/** The three steps of enrolment, each on better-auth's two-factor endpoints (/api/auth/two-factor/*). */
export function EnrolTwoFactor({ hasPassword, home }: { hasPassword: boolean; home: string }) {
  const t = useTranslations("account.twoFactor");
  const signInT = useTranslations("account.signIn.form");
  const [step, setStep] = useState<Step>({ kind: "password" });
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  async function start(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { response, json } = await post("/api/auth/two-factor/enable", hasPassword ? { password } : {});
      if (!response.ok)
        return setError(
          json.code === "INVALID_PASSWORD"
            ? signInT("wrongCredentials")
            : String(json.message ?? json.error ?? t("failed", { status: response.status })),
        );
      setStep({ kind: "scan", uri: String(json.totpURI), backupCodes: (json.backupCodes as string[]) ?? [] });
    } catch {
      setError(signInT("unreachable"));
    } finally {
      setBusy(false);
    }
  }

  async function confirm(event: React.FormEvent) {
    event.preventDefault();
    if (step.kind !== "scan") return;
    setBusy(true);
    setError(null);
    try {
      const { response, json } = await post("/api/auth/two-factor/verify-totp", { code: code.replace(/\s+/g, "") });
      if (!response.ok) {
        setCode("");
        return setError(json.code === "INVALID_CODE" ? t("wrongCode") : t("failed", { status: response.status }));
      }
      setStep({ kind: "done", backupCodes: step.backupCodes });
    } catch {
      setError(signInT("unreachable"));
    } finally {
      setBusy(false);
    }
  }

  const alert = <ErrorAlert message={error} />;

  if (step.kind === "password")
    return (
      <form onSubmit={start} className="space-y-5" noValidate>
        {alert}
        {hasPassword && (
          <FormField id="enrol-password" label={t("passwordLabel")}>
            {(control) => (
              <input
                {...control}
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </FormField>
        )}
        <button type="submit" className="btn-primary w-full" disabled={busy || (hasPassword && !password)}>
          {busy ? t("starting") : t("start")}
        </button>
      </form>
    );

  if (step.kind === "scan")
    return <ScanStep uri={step.uri} code={code} setCode={setCode} busy={busy} alert={alert} onSubmit={confirm} />;

  return (
    <div className="space-y-4">
      <h2 className="text-lg font-semibold" role="status">
        {t("backupTitle")}
      </h2>
      <p className="text-sm text-muted">{t("backupText")}</p>
      <ul
        aria-label={t("backupTitle")}
        className="grid grid-cols-2 gap-2 rounded-md bg-brand-50 p-4 font-mono text-sm"
        dir="ltr"
      >
        {step.backupCodes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className="btn-secondary"
          onClick={() => navigator.clipboard?.writeText(step.backupCodes.join("\n")).then(() => setCopied(true))}
        >
          {copied ? t("copied") : t("copy")}
        </button>
        {/* A full navigation: the header and every page read the new session. */}
        <button type="button" className="btn-primary" onClick={() => window.location.assign(home)}>
          {t("continue")}
        </button>
      </div>
    </div>
  );
}

function ScanStep({
  uri,
  code,
  setCode,
  busy,
  alert,
  onSubmit,
}: {
  uri: string;
  code: string;
  setCode: (code: string) => void;
  busy: boolean;
  alert: React.ReactNode;
  onSubmit: (event: React.FormEvent) => void;
}) {
  const t = useTranslations("account.twoFactor");
  const svg = useMemo(() => renderSVG(uri, { border: 2 }), [uri]);
  const secret = totpSecretOf(uri) ?? "";
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <div className="space-y-3">
        <h2 className="font-semibold">{t("scanTitle")}</h2>
        <div
          role="img"
          aria-label={t("qrLabel")}
          data-testid="totp-qr"
          className="mx-auto w-48 [&>svg]:h-auto [&>svg]:w-full"
          // uqr writes the SVG from the otpauth URI alone: no text from elsewhere goes into it.
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <p className="text-sm text-muted">{t("scanText")}</p>
        <p
          data-testid="totp-secret"
          dir="ltr"
          className="rounded-md bg-brand-50 px-3 py-2 text-center font-mono text-sm break-all"
        >
          {groupSecret(secret)}
        </p>
      </div>
      <div className="space-y-3 border-t border-line pt-4">
        <h2 className="font-semibold">{t("confirmTitle")}</h2>
        {alert}
        <FormField id="enrol-code" label={t("code")}>
          {(control) => (
            <input
              {...control}
              className={`${control.className} font-mono tracking-widest`}
              value={code}
              onChange={(e) => setCode(e.target.value)}
              inputMode="numeric"
              autoComplete="one-time-code"
              dir="ltr"
              maxLength={7}
            />
          )}
        </FormField>
        <button type="submit" className="btn-primary w-full" disabled={busy || !code.trim()}>
          {busy ? t("confirming") : t("confirm")}
        </button>
      </div>
    </form>
  );
}
