"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Link } from "@/app/_i18n/navigation";
import { FormField } from "@/app/_components/forms/form-field";
import type { TwoFactorStatus } from "@/server/two-factor";

/**
 * One's own second factor: on or off; set it up (the enrolment page) or, where it is optional (focal
 * points), turn it off with the password (better-auth's /two-factor/disable; BDT accounts are refused).
 */
export function TwoFactorPanel({ status }: { status: TwoFactorStatus }) {
  const t = useTranslations("account.page.twoFactor");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function disable(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const response = await fetch("/api/auth/two-factor/disable", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(status.hasPassword ? { password } : {}),
    }).catch(() => null);
    setBusy(false);
    if (response?.ok) return window.location.reload();
    const body = (await response?.json().catch(() => ({}))) as { error?: string; message?: string } | undefined;
    setError(body?.error ?? body?.message ?? String(response?.status ?? ""));
  }

  return (
    <div className="space-y-3 text-sm">
      <p data-testid="two-factor-state">{status.enabled ? t("on") : t("off")}</p>
      {status.required && <p className="text-muted">{t("required")}</p>}
      {!status.enabled && (
        <Link href="/enrol-two-factor" className="btn-primary inline-block">
          {t("enable")}
        </Link>
      )}
      {status.enabled && !status.required && (
        <form onSubmit={disable} className="space-y-3" noValidate>
          {error && (
            <p role="alert" className="text-danger">
              {error}
            </p>
          )}
          {status.hasPassword && (
            <FormField id="two-factor-password" label={t("passwordLabel")}>
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
          <button type="submit" className="btn-danger" disabled={busy || (status.hasPassword && !password)}>
            {t("disable")}
          </button>
        </form>
      )}
    </div>
  );
}
