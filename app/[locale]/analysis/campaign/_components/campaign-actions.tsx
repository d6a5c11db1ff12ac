"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { ActionStatus, useFeedback } from "@/app/_components/forms/action-status";
import { useRouter } from "@/app/_i18n/navigation";
import { giveStateDeadline, sendReminders } from "../actions";

/** "Send a reminder now" to one state or to a region's states that have not submitted. */
export function ReminderButton({
  cycle,
  target,
  label,
  compact = false,
}: {
  cycle: number;
  target: { iso3: string } | { region: string };
  label: string;
  compact?: boolean;
}) {
  const t = useTranslations("analysis.campaign");
  const [feedback, setFeedback] = useFeedback();
  const [pending, startTransition] = useTransition();
  const send = () =>
    startTransition(async () => {
      setFeedback(null);
      const result = await sendReminders({ cycle, ...target } as Parameters<typeof sendReminders>[0]);
      setFeedback(
        result.ok ? { ok: true, text: t("sent", { count: result.data.queued }) } : { ok: false, text: result.error },
      );
    });
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <button
        type="button"
        className="btn-secondary px-3 py-1 text-sm"
        disabled={pending}
        onClick={send}
        aria-label={label}
      >
        {compact ? t("remind") : t("remindNow")}
      </button>
      <ActionStatus feedback={feedback} className="text-start" />
    </span>
  );
}

/** Gives one state its own deadline (an extension); an empty date removes it. */
export function ExtensionForm({ cycle, states }: { cycle: number; states: { iso3: string; name: string }[] }) {
  const t = useTranslations("analysis.campaign");
  const router = useRouter();
  const [iso3, setIso3] = useState(states[0]?.iso3 ?? "");
  const [deadline, setDeadline] = useState("");
  const [feedback, setFeedback] = useFeedback();
  const [pending, startTransition] = useTransition();
  const save = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      setFeedback(null);
      const result = await giveStateDeadline({ cycle, iso3, deadline: deadline === "" ? null : deadline });
      const name = states.find((s) => s.iso3 === iso3)?.name ?? iso3;
      setFeedback(
        result.ok
          ? { ok: true, text: deadline ? t("extensionGiven", { state: name }) : t("extensionRemoved", { state: name }) }
          : { ok: false, text: result.error },
      );
      if (result.ok) router.refresh();
    });
  };
  return (
    <form onSubmit={save} className="space-y-3" aria-label={t("extensionTitle")}>
      <div className="flex flex-wrap items-end gap-3">
        <label className="space-y-1 text-sm">
          <span className="block font-semibold">{t("state")}</span>
          <select className="field-input w-64" value={iso3} onChange={(e) => setIso3(e.target.value)}>
            {states.map((s) => (
              <option key={s.iso3} value={s.iso3}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1 text-sm">
          <span className="block font-semibold">{t("newDeadline")}</span>
          <input
            type="date"
            className="field-input w-44"
            value={deadline}
            onChange={(e) => setDeadline(e.target.value)}
          />
        </label>
        <button type="submit" className="btn-primary" disabled={pending}>
          {t("extensionSave")}
        </button>
      </div>
      <ActionStatus feedback={feedback} />
    </form>
  );
}
