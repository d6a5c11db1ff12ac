import { useTranslations } from "next-intl";
import { NoticePanel } from "@/app/_components/notice-panel";

/** In place of an analysis page whose cycle does not exist. */
export function UnknownCycle({ cycle, cycles }: { cycle: number; cycles: readonly { year: number }[] }) {
  const t = useTranslations("analysis.shared.unknownCycle");
  // Years as strings: as numbers they would be written with a thousands separator.
  const year = (y: number | undefined) => (y === undefined ? "—" : String(y));
  return (
    <NoticePanel title={t("title", { cycle: String(cycle) })} action={{ href: "/analysis", label: t("action") }}>
      {t("text", { first: year(cycles.at(-1)?.year), last: year(cycles[0]?.year) })}
    </NoticePanel>
  );
}
