"use client";

import { useFormatter, useTranslations } from "next-intl";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { LinkCheck } from "@/lib/evidence/link-check";

const LinkChecksContext = createContext<ReadonlyMap<string, LinkCheck>>(new Map());

/** What the link checker found for the evidence URLs shown below it (GET …/link-checks). */
export function LinkChecksProvider({ checks, children }: { checks: LinkCheck[]; children: ReactNode }) {
  const byUrl = useMemo(() => new Map(checks.map((c) => [c.url, c])), [checks]);
  return <LinkChecksContext.Provider value={byUrl}>{children}</LinkChecksContext.Provider>;
}

/** Beside an evidence link: "unreachable since …" with the reason, or when it last answered; nothing before the first probe. */
export function LinkCheckNote({ url }: { url: string }) {
  const check = useContext(LinkChecksContext).get(url);
  const t = useTranslations("common.linkCheck");
  const format = useFormatter();
  if (!check) return null;
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  if (check.unreachableSince) {
    const reason =
      check.problem === "http_status" && check.status !== null
        ? t("problem.http_status", { status: check.status })
        : t(`problem.${check.problem ?? "network"}`);
    return (
      <span
        className="whitespace-nowrap text-xs font-semibold text-danger"
        title={t("checkedOn", { date: date(check.checkedAt) })}
      >
        {t("unreachableSince", { date: date(check.unreachableSince) })} ({reason})
      </span>
    );
  }
  return (
    <span className="whitespace-nowrap text-xs text-muted" title={t("checkedOn", { date: date(check.checkedAt) })}>
      {t("answered", { date: date(check.answeredAt ?? check.checkedAt) })}
    </span>
  );
}
