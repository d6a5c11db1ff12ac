import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { FrameworkVersionRow } from "@/lib/admin/framework-versions";

/** The questionnaire versions in lib/framework: read-only, because publishing one is a code change. */
export function FrameworkVersionsPanel({ rows }: { rows: readonly FrameworkVersionRow[] }) {
  const t = useTranslations("admin.versions");
  return (
    <div className="space-y-4">
      <div className="card overflow-x-auto p-0">
        <table className="data-table">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("id")}</th>
              <th scope="col">{t("version")}</th>
              <th scope="col">{t("title")}</th>
              <th scope="col" className="text-end">
                {t("questions")}
              </th>
              <th scope="col" className="text-end">
                {t("assessments")}
              </th>
              <th scope="col">{t("status")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="font-mono text-xs">{r.id}</td>
                <td>{r.version}</td>
                <td>{r.title}</td>
                <td className="text-end tabular-nums">{r.unknown ? "—" : r.questions}</td>
                <td className="text-end tabular-nums">{r.assessments}</td>
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
      <p className="max-w-3xl text-sm text-muted">
        {t.rich("howToPublish", { code: (chunks: ReactNode) => <code className="font-mono">{chunks}</code> })}
      </p>
    </div>
  );
}
