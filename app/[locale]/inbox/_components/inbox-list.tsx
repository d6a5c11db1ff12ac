"use client";

import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { ActionStatus, useFeedback } from "@/app/_components/forms/action-status";
import { Link, useRouter } from "@/app/_i18n/navigation";
import { intlLocale } from "@/lib/i18n/intl";
import type { Inbox } from "@/server/notifications";
import { markRead } from "../actions";

/** The messages, unread ones marked, each with where it leads; "mark read" one by one or all at once. */
export function InboxList({ inbox }: { inbox: Inbox }) {
  const t = useTranslations("account.inbox");
  const locale = useLocale();
  const router = useRouter();
  const [feedback, setFeedback] = useFeedback();
  const [pending, startTransition] = useTransition();
  const format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short" });

  const mark = (input: { ids: number[] } | { all: true }) =>
    startTransition(async () => {
      setFeedback(null);
      const result = await markRead(input);
      if (!result.ok) setFeedback({ ok: false, text: result.error });
      else router.refresh();
    });

  if (inbox.items.length === 0)
    return (
      <p className="card text-muted" data-testid="inbox-empty">
        {t("empty")}
      </p>
    );
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm font-semibold" data-testid="inbox-unread">
          {t("unread", { count: inbox.unread })}
        </p>
        {inbox.unread > 0 && (
          <button type="button" className="btn-secondary" disabled={pending} onClick={() => mark({ all: true })}>
            {t("markAll")}
          </button>
        )}
      </div>
      <ActionStatus feedback={feedback} />
      <ul className="space-y-3" aria-label={t("title")}>
        {inbox.items.map((item) => (
          <li
            key={item.id}
            data-testid="inbox-item"
            data-read={item.read}
            className={`card flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between ${
              item.read ? "" : "border-s-4 border-s-brand-600 bg-brand-50"
            }`}
          >
            <div className="space-y-1">
              <p className="flex flex-wrap items-center gap-2">
                {!item.read && <span className="badge bg-brand-700 text-white">{t("new")}</span>}
                <span className="font-semibold">{item.title}</span>
              </p>
              <p className="text-sm text-muted">{item.body}</p>
              <p className="text-xs text-muted">
                <time dateTime={item.createdAt}>{format.format(new Date(item.createdAt))}</time>
              </p>
            </div>
            <div className="flex shrink-0 flex-wrap gap-2">
              <Link href={item.link} className="btn-secondary px-3 py-1">
                {t("open")}
              </Link>
              {!item.read && (
                <button
                  type="button"
                  className="btn-secondary px-3 py-1"
                  disabled={pending}
                  onClick={() => mark({ ids: [item.id] })}
                >
                  {t("markRead")}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
