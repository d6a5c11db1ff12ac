"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { AccountEventView } from "@/lib/admin/account-events";
import { intlLocale } from "@/lib/i18n/intl";
import { loadAccountHistory } from "../actions";

type History =
  { state: "loading" } | { state: "failed"; error: string } | { state: "ready"; events: AccountEventView[] };

/**
 * The account's history, newest first: failed sign-ins with the client's address, what administrators did to
 * it, the API tokens its owner created or revoked. Loaded when the panel opens (one account at a time).
 */
export function AccountHistory({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations("admin.manage.history");
  const locale = useLocale();
  const [history, setHistory] = useState<History>({ state: "loading" });

  useEffect(() => {
    let current = true;
    void loadAccountHistory({ userId }).then((result) => {
      if (!current) return;
      setHistory(result.ok ? { state: "ready", events: result.data } : { state: "failed", error: result.error });
    });
    return () => {
      current = false;
    };
  }, [userId]);

  const when = new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  });
  return (
    <section aria-label={t("label", { name })} className="space-y-2 md:col-span-3" data-testid="account-history">
      <h3 className="font-semibold">{t("title")}</h3>
      {history.state === "loading" && <p className="text-sm text-muted">{t("loading")}</p>}
      {history.state === "failed" && (
        <p role="alert" className="text-sm text-danger">
          {history.error}
        </p>
      )}
      {history.state === "ready" &&
        (history.events.length === 0 ? (
          <p className="text-sm text-muted">{t("empty")}</p>
        ) : (
          <ol className="max-h-64 divide-y divide-line overflow-y-auto rounded-md border border-line bg-white text-sm">
            {history.events.map((e) => (
              <li key={e.id} className="flex flex-wrap items-baseline gap-x-3 px-3 py-2" data-kind={e.kind}>
                <time dateTime={e.at} className="whitespace-nowrap tabular-nums text-muted">
                  {when.format(new Date(e.at))} UTC
                </time>
                <span className={e.kind === "sign_in_failed" ? "font-medium text-warn" : "font-medium"}>
                  {t(`kinds.${e.kind}`)}
                </span>
                {e.detail && (
                  <span dir="ltr" className="font-mono text-xs">
                    {e.detail}
                  </span>
                )}
                {e.actorName && <span className="text-muted">{t("by", { name: e.actorName })}</span>}
              </li>
            ))}
          </ol>
        ))}
    </section>
  );
}
