"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorAlert } from "@/app/_components/forms/error-alert";
import { getPathname } from "@/app/_i18n/navigation";
import { signOnReturnPath } from "@/lib/auth/sso";

export interface SignOnProvider {
  id: string;
  name: string;
}

/**
 * One "Sign in with <provider>" button per configured OpenID provider. better-auth answers with the
 * provider's authorization URL (with the PKCE challenge, state and nonce it keeps); the browser goes there
 * and comes back to this page, which sends a signed-in person on to their home or shows the refusal.
 */
export function SsoButtons({ providers, next }: { providers: SignOnProvider[]; next: string | null }) {
  const t = useTranslations("account.signIn.sso");
  const locale = useLocale();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function start(provider: SignOnProvider) {
    setError(null);
    setBusy(provider.id);
    const signInPath = getPathname({ href: "/sign-in", locale });
    try {
      const response = await fetch("/api/auth/sign-in/social", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          provider: provider.id,
          callbackURL: signOnReturnPath(signInPath, next),
          errorCallbackURL: signInPath,
          disableRedirect: true,
        }),
      });
      const body = (await response.json().catch(() => ({}))) as { url?: string };
      if (!response.ok || !body.url) throw new Error(`sign-in/social answered ${response.status}`);
      window.location.assign(body.url);
    } catch {
      setError(t("unreachable", { name: provider.name }));
      setBusy(null);
    }
  }

  return (
    <div className="mt-6 space-y-3">
      <p className="flex items-center gap-3 text-sm text-muted" aria-hidden="true">
        <span className="h-px flex-1 bg-current opacity-30" />
        {t("divider")}
        <span className="h-px flex-1 bg-current opacity-30" />
      </p>
      <ErrorAlert message={error} />
      {providers.map((provider) => (
        <button
          key={provider.id}
          type="button"
          className="btn-secondary w-full"
          disabled={busy !== null}
          onClick={() => start(provider)}
        >
          {busy === provider.id ? t("starting", { name: provider.name }) : t("button", { name: provider.name })}
        </button>
      ))}
    </div>
  );
}
