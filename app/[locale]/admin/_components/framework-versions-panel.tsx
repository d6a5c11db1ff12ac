import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { FrameworkVersionRow, SideBySideRow } from "@/lib/admin/framework-versions";
import { formatPoints } from "@/lib/framework/points";
import { TableHead } from "@/app/_components/table-head";

export interface VersionComparison {
  from: { id: string; version: string };
  to: { id: string; version: string };
  rows: SideBySideRow[];
}

/**
 * The questionnaire versions in lib/framework: read-only, because publishing one is a code change. Below the
 * list, each pair of versions with a crosswalk side by side: every question with its points in both.
 */
export function FrameworkVersionsPanel({
  rows,
  comparisons = [],
}: {
  rows: readonly FrameworkVersionRow[];
  comparisons?: readonly VersionComparison[];
}) {
  const t = useTranslations("admin.versions");
  const locale = useLocale();
  return (
    <div className="space-y-4">
      <div className="card overflow-x-auto p-0">
        <table className="data-table">
          <caption className="sr-only">{t("caption")}</caption>
          <TableHead
            columns={[
              { label: t("id") },
              { label: t("version") },
              { label: t("title") },
              { label: t("questions"), className: "text-end" },
              { label: t("assessments"), className: "text-end" },
              { label: t("cycles") },
              { label: t("status") },
            ]}
          />
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="font-mono text-xs">{r.id}</td>
                <td>{r.version}</td>
                <td>{r.title}</td>
                <td className="text-end tabular-nums">{r.unknown ? "—" : r.questions}</td>
                <td className="text-end tabular-nums">{r.assessments}</td>
                <td className="tabular-nums">{r.cycles.length > 0 ? r.cycles.join(", ") : "—"}</td>
                <td>
                  {r.current ? (
                    <span className="badge bg-green-50 text-ok">{t("current")}</span>
                  ) : r.unknown ? (
                    <span className="badge bg-red-50 text-danger">{t("missing")}</span>
                  ) : (
                    <span className="badge bg-canvas text-muted">{t("earlier")}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {comparisons.map((c) => (
        <details key={`${c.from.id}:${c.to.id}`} className="card p-4" data-testid="versions-side-by-side">
          <summary className="cursor-pointer font-semibold">
            {t("sideBySide.summary", { from: c.from.version, to: c.to.version })}
          </summary>
          <div className="mt-3 overflow-x-auto">
            <table className="data-table">
              <caption className="sr-only">{t("sideBySide.caption", { from: c.from.id, to: c.to.id })}</caption>
              <TableHead
                columns={[
                  { label: t("sideBySide.question", { version: c.to.version }) },
                  { label: t("sideBySide.points", { version: c.to.version }), className: "text-end" },
                  { label: t("sideBySide.question", { version: c.from.version }) },
                  { label: t("sideBySide.points", { version: c.from.version }), className: "text-end" },
                ]}
              />
              <tbody>
                {c.rows.map((r) => (
                  <tr key={`${r.to?.id ?? ""}:${r.from?.id ?? ""}`}>
                    <td className="font-mono text-xs">{r.to?.id ?? t("sideBySide.notContinued")}</td>
                    <td className="text-end tabular-nums">{r.to ? formatPoints(r.to.points, locale) : "—"}</td>
                    <td className="font-mono text-xs">{r.from?.id ?? t("sideBySide.new")}</td>
                    <td className="text-end tabular-nums">{r.from ? formatPoints(r.from.points, locale) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ))}
      <p className="max-w-3xl text-sm text-muted">
        {t.rich("howToPublish", { code: (chunks: ReactNode) => <code className="font-mono">{chunks}</code> })}
      </p>
    </div>
  );
}
