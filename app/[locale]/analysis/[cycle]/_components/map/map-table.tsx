import { useLocale, useTranslations } from "next-intl";
import { formatScore } from "@/lib/scoring";
import { TierLabel } from "@/app/[locale]/analysis/_components/tier-label";
import type { MapState } from "./world-map";

/** The map as a table: every state drawn on it, by name, with what its colour stands for. */
export function MapTable({ states, caption }: { states: (MapState & { iso3: string })[]; caption: string }) {
  const t = useTranslations("analysis.map.table");
  const locale = useLocale();
  return (
    <table className="data-table">
      <caption className="pb-2 text-start text-xs text-muted">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("memberState")}</th>
          <th scope="col" className="text-end">
            {t("overall")}
          </th>
          <th scope="col">{t("tier")}</th>
        </tr>
      </thead>
      <tbody>
        {states.map((s) => (
          <tr key={s.iso3}>
            <th scope="row" className="border-b bg-transparent font-medium">
              {s.name}
            </th>
            <td className="text-end tabular-nums">{s.overall === null ? "—" : formatScore(s.overall, locale)}</td>
            <td>
              {s.overall === null ? <span className="text-muted">{t("noScore")}</span> : <TierLabel tier={s.tier} />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
