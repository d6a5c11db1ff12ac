import type { useFormatter } from "next-intl";

/** The part of next-intl's formatter (`useFormatter()` / `getFormatter()`) that dates need. */
type DateFormatter = Pick<ReturnType<typeof useFormatter>, "dateTime">;

/**
 * A "YYYY-MM-DD" day (target dates, today) in the reader's language. Read and
 * written in UTC so the calendar day never shifts with the server's or the
 * browser's time zone.
 */
export function formatDay(format: DateFormatter, day: string): string {
  return format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
}

/** A stored instant (history entries) as date and time in UTC, the time zone the history is written in. */
export function formatInstant(format: DateFormatter, iso: string): string {
  return format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
}
