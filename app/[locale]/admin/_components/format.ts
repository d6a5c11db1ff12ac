/** Dates as "29 Nov 2026", in UTC, so the server and the browser render the same text. */
const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function formatDate(iso: string | null): string {
  return iso ? DATE.format(new Date(iso)) : "—";
}
