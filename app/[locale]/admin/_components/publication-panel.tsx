"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { setPublicationDateAction } from "../actions";
import { ActionStatus, useFeedback } from "@/app/_components/forms/action-status";
import { useRouter } from "@/app/_i18n/navigation";
import { formatDate } from "./format";
import { useHydrated } from "@/app/_components/use-hydrated";
import { TableHead } from "@/app/_components/table-head";

export interface PublicationRow {
  cycle: number;
  status: "open" | "closed";
  /** ISO 8601, or null when no date is set. */
  publishAt: string | null;
  setByName: string | null;
  published: boolean;
  consenting: number;
}

/** "2027-03-01T09:00" for a datetime-local field, in UTC (the field's label says so). */
const toField = (iso: string | null) => (iso ? iso.slice(0, 16) : "");

/**
 * BDT's publication dates: per closed cycle, the date its validated results become public (for the states
 * that agree), or none. Until the date nothing of the cycle is public; a date in the past publishes at once.
 */
export function PublicationPanel({ rows }: { rows: readonly PublicationRow[] }) {
  const t = useTranslations("admin.publication");
  const locale = useLocale();
  const router = useRouter();
  const [feedback, setFeedback] = useFeedback();
  const [pending, startTransition] = useTransition();
  // A date typed before hydration would be reset to the server's value: the controls wait for the page.
  const hydrated = useHydrated();
  const [dates, setDates] = useState<Record<number, string>>(
    Object.fromEntries(rows.map((r) => [r.cycle, toField(r.publishAt)])),
  );
  const save = (cycle: number, publishAt: string | null) =>
    startTransition(async () => {
      setFeedback(null);
      const result = await setPublicationDateAction({ cycle, publishAt });
      setFeedback(result.ok ? { ok: true, text: t("saved") } : { ok: false, text: result.error });
      if (result.ok) router.refresh();
    });
  return (
    <div className="space-y-4" data-testid="publication-panel">
      <p className="max-w-3xl text-sm text-muted">{t("intro")}</p>
      <div className="card overflow-x-auto p-0">
        <table className="data-table">
          <TableHead
            columns={[
              { label: t("cycle") },
              { label: t("state") },
              { label: t("consenting"), className: "text-end" },
              { label: t("date") },
            ]}
          />
          <tbody>
            {rows.map((r) => (
              <tr key={r.cycle} data-cycle={r.cycle}>
                <td className="font-semibold">{r.cycle}</td>
                <td>
                  {r.status === "open"
                    ? t("open")
                    : r.publishAt === null
                      ? t("none")
                      : r.published
                        ? t("published")
                        : t("embargo")}
                  {r.publishAt && (
                    <span className="block text-xs text-muted">
                      {formatDate(r.publishAt, locale)} · {t("setBy", { name: r.setByName ?? "—" })}
                    </span>
                  )}
                </td>
                <td className="text-end tabular-nums">{r.consenting}</td>
                <td>
                  {r.status === "closed" && (
                    <form
                      className="flex flex-wrap items-center gap-2"
                      onSubmit={(e) => {
                        e.preventDefault();
                        const value = dates[r.cycle];
                        if (value) save(r.cycle, `${value}:00Z`);
                      }}
                    >
                      <input
                        type="datetime-local"
                        className="field-input w-auto"
                        dir="ltr"
                        required
                        disabled={!hydrated}
                        aria-label={t("dateLabel", { cycle: r.cycle })}
                        value={dates[r.cycle] ?? ""}
                        onChange={(e) => setDates((d) => ({ ...d, [r.cycle]: e.target.value }))}
                      />
                      <button type="submit" className="btn-primary" disabled={!hydrated || pending}>
                        {t("save")}
                      </button>
                      {r.publishAt && (
                        <button
                          type="button"
                          className="btn-secondary"
                          disabled={!hydrated || pending}
                          onClick={() => save(r.cycle, null)}
                        >
                          {t("clear")}
                        </button>
                      )}
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ActionStatus feedback={feedback} />
    </div>
  );
}
