"use client";

import { useFormatter, useTranslations } from "next-intl";
import { ActionStatus, useFeedback } from "@/app/_components/forms/action-status";
import { useRouter } from "@/app/_i18n/navigation";
import type { SessionView } from "@/lib/auth/session-view";
import { endSession } from "../actions";

/** The account's open sessions (device, address, dates, this one marked), each of which can be ended. */
export function SessionsPanel({ sessions }: { sessions: SessionView[] }) {
  const t = useTranslations("account.sessions");
  const format = useFormatter();
  const router = useRouter();
  const [feedback, setFeedback] = useFeedback();

  const end = async (session: SessionView) => {
    const result = await endSession({ id: session.id });
    setFeedback(result.ok ? { ok: true, text: t("ended") } : { ok: false, text: result.error });
    router.refresh();
  };
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const device = (s: SessionView) =>
    s.device.browser && s.device.system
      ? t("browserOn", { browser: s.device.browser, system: s.device.system })
      : (s.device.browser ?? s.device.system ?? t("unknownDevice"));

  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">{t("intro")}</p>
      <ul className="divide-y divide-line rounded-md border border-line text-sm" aria-label={t("listLabel")}>
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 p-3" data-session-current={s.current}>
            <span className="min-w-0 flex-1">
              <span className="font-semibold">{device(s)}</span>
              {s.ipAddress && (
                <span className="ms-2 text-muted" dir="ltr">
                  {s.ipAddress}
                </span>
              )}
              <span className="block text-muted">
                {t("dates", { created: when(s.createdAt), lastSeen: when(s.lastSeenAt) })}
              </span>
            </span>
            {s.current ? (
              <span className="badge bg-brand-100 text-brand-800">{t("thisSession")}</span>
            ) : (
              <button type="button" className="rounded px-2 py-0.5 text-danger hover:bg-red-50" onClick={() => end(s)}>
                {t("end")}
              </button>
            )}
          </li>
        ))}
      </ul>
      <ActionStatus feedback={feedback} />
    </div>
  );
}
