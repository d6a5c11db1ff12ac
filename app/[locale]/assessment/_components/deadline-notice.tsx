import { useLocale, useTranslations } from "next-intl";
import { intlLocale } from "@/lib/i18n/intl";
import type { StateDeadline } from "@/server/reminders";

/** "Due in N days", "due today", "overdue by N days" (or submitted in time), with the date and any extension. */
export function DeadlineNotice({ deadline }: { deadline: StateDeadline }) {
  const t = useTranslations("assessment.deadline");
  const locale = useLocale();
  const { status } = deadline;
  if (status.kind === "none") return null;
  const day = status.deadline;
  const date = day
    ? new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "UTC" }).format(
        new Date(`${day}T00:00:00Z`),
      )
    : "";
  const tone =
    status.kind === "overdue"
      ? "border-danger bg-red-50"
      : status.kind === "done"
        ? "border-ok bg-green-50"
        : status.kind === "today" || (status.kind === "due" && status.days <= 7)
          ? "border-warn bg-amber-50"
          : "border-brand-500 bg-brand-50";
  const headline =
    status.kind === "due"
      ? t("dueIn", { count: status.days })
      : status.kind === "today"
        ? t("dueToday")
        : status.kind === "overdue"
          ? t("overdue", { count: status.days })
          : t("done");
  return (
    <section
      aria-label={t("label")}
      data-testid="deadline-notice"
      data-kind={status.kind}
      className={`flex flex-wrap items-baseline gap-x-4 gap-y-1 rounded-md border-s-4 p-4 text-sm ${tone}`}
    >
      <p className="text-base font-semibold">{headline}</p>
      {date && <p className="text-muted">{t("date", { date })}</p>}
      {deadline.extension && <p className="text-muted">{t("extended")}</p>}
    </section>
  );
}
