import { useLocale, useTranslations } from "next-intl";
import { formatScore } from "@/lib/scoring";
import { TierLabel } from "@/app/[locale]/analysis/_components/tier-label";
import { FigureTable } from "@/app/[locale]/analysis/_components/tables/figure-table";
import type { MapState } from "@/lib/analysis/cycle-dataset";

/** The map as a table: every state drawn on it, by name, with what its colour stands for. */
export function MapTable({ states, caption }: { states: (MapState & { iso3: string })[]; caption: string }) {
  const t = useTranslations("analysis.map.table");
  const locale = useLocale();
  type Row = MapState & { iso3: string };
  return (
    <FigureTable
      caption={caption}
      rowHeader={t("memberState")}
      columns={[
        {
          key: "overall",
          header: t("overall"),
          figure: true,
          cell: (s: Row) => (s.overall === null ? "—" : formatScore(s.overall, locale)),
        },
        {
          key: "tier",
          header: t("tier"),
          cell: (s: Row) =>
            s.overall === null ? <span className="text-muted">{t("noScore")}</span> : <TierLabel tier={s.tier} />,
        },
      ]}
      rows={states}
      rowKey={(s) => s.iso3}
      rowLabel={(s) => s.name}
    />
  );
}
