import { intlLocale } from "@/lib/i18n/intl";

/** A message's status as the outbox shows it: sent, failed, or waiting (with its attempts so far). */
export function mailStatusLabel(
  t: (key: string, values?: Record<string, string | number>) => string,
  mail: { status: string; attempts: number },
): string {
  if (mail.status === "sent") return t("statuses.sent");
  if (mail.status === "failed") return t("statuses.failed", { attempts: mail.attempts });
  return mail.attempts > 0 ? t("statuses.retrying", { attempts: mail.attempts }) : t("statuses.queued");
}

/** A message's dates, to the minute, in UTC (said after each date). */
export function outboxDateFormat(locale: string): (date: Date) => string {
  const format = new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  });
  return (date) => `${format.format(date)} UTC`;
}
