"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { ActionStatus, useFeedback } from "@/app/_components/forms/action-status";
import type { Locale } from "@/lib/i18n/locales";
import type { NotificationSettingsInput } from "@/lib/notifications/notifications.validation";
import { saveNotificationSettings } from "../actions";
import { LocaleOptions } from "@/app/_components/forms/locale-options";

/** E-mail and inbox, or the inbox only; and the language of the e-mails. */
export function NotificationSettingsForm({ settings }: { settings: NotificationSettingsInput }) {
  const t = useTranslations("account.notifications");
  const [email, setEmail] = useState(settings.email);
  const [locale, setLocale] = useState<Locale>(settings.locale);
  const [feedback, setFeedback] = useFeedback();
  const [pending, startTransition] = useTransition();

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      setFeedback(null);
      const result = await saveNotificationSettings({ email, locale });
      setFeedback(result.ok ? { ok: true, text: t("saved") } : { ok: false, text: result.error });
    });
  };

  return (
    <form onSubmit={save} className="space-y-4" aria-label={t("heading")}>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">{t("how")}</legend>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="delivery" className="mt-1" checked={email} onChange={() => setEmail(true)} />
          <span>{t("emailAndInbox")}</span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="delivery" className="mt-1" checked={!email} onChange={() => setEmail(false)} />
          <span>{t("inboxOnly")}</span>
        </label>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="mail-language" className="block text-sm font-semibold">
          {t("language")}
        </label>
        <select
          id="mail-language"
          className="field-input w-48"
          value={locale}
          onChange={(e) => setLocale(e.target.value as Locale)}
        >
          <LocaleOptions />
        </select>
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("save")}
      </button>
      <ActionStatus feedback={feedback} />
    </form>
  );
}
