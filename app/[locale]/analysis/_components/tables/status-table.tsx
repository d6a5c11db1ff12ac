import { useTranslations } from "next-intl";
import type { StatusCountRow } from "@/lib/analysis/regional-series";
import { ASSESSMENT_STATUSES } from "@/lib/assessment/status";

/** How many Member States of each region are at each status in the cycle. */
export function StatusTable({
  regions,
  total,
  caption,
}: {
  regions: StatusCountRow[];
  total: StatusCountRow;
  caption: string;
}) {
  const t = useTranslations("analysis.tables");
  const statuses = useTranslations("common.status");
  const cells = (r: StatusCountRow) => (
    <>
      {ASSESSMENT_STATUSES.map((s) => (
        <td key={s} className="text-end tabular-nums">
          {r.counts[s]}
        </td>
      ))}
      <td className="text-end font-semibold tabular-nums">{r.total}</td>
    </>
  );
  return (
    <table className="data-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("region")}</th>
          {ASSESSMENT_STATUSES.map((s) => (
            <th key={s} scope="col" className="text-end">
              {statuses(s)}
            </th>
          ))}
          <th scope="col" className="text-end">
            {t("memberStates")}
          </th>
        </tr>
      </thead>
      <tbody>
        {regions.map((r) => (
          <tr key={r.region}>
            <th scope="row" className="border-b bg-transparent font-medium">
              {r.name}
            </th>
            {cells(r)}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="bg-canvas">
          {/* The total row's name comes from the data layer in English. */}
          <th scope="row" className="border-b border-line px-3 py-2 text-start font-semibold">
            {t("allRegions")}
          </th>
          {ASSESSMENT_STATUSES.map((s) => (
            <td key={s} className="px-3 py-2 text-end font-semibold tabular-nums">
              {total.counts[s]}
            </td>
          ))}
          <td className="px-3 py-2 text-end font-semibold tabular-nums">{total.total}</td>
        </tr>
      </tfoot>
    </table>
  );
}
