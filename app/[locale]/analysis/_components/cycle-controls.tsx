import { useTranslations } from "next-intl";
import type { CycleSummary } from "@/server/cycles";
import { FilterChips } from "@/app/_components/filter-chips";
import { IncludeSubmittedSwitch } from "./include-switch";

/** The cycle picker and the counting switch, above every per-cycle analysis page. */
export function CycleControls({
  cycles,
  cycle,
  include,
  hrefFor,
}: {
  cycles: CycleSummary[];
  cycle: number;
  include: "validated" | "submitted";
  hrefFor: (change: { cycle?: number; include?: "validated" | "submitted" }) => string;
}) {
  const t = useTranslations("analysis.shared");
  return (
    <div className="card flex flex-wrap items-center justify-between gap-4 p-4">
      <FilterChips
        label={t("cycle")}
        current={String(cycle)}
        options={cycles.map((c) => ({
          value: String(c.year),
          // The year as a string: as a number it would be written "2,026".
          label: c.status === "open" ? t("cycleOpen", { year: String(c.year) }) : String(c.year),
        }))}
        hrefFor={(v) => hrefFor({ cycle: Number(v) })}
      />
      <IncludeSubmittedSwitch
        checked={include === "submitted"}
        hrefWhenOn={hrefFor({ include: "submitted" })}
        hrefWhenOff={hrefFor({ include: "validated" })}
      />
    </div>
  );
}
