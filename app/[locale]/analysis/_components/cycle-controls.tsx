import type { CycleSummary } from "@/db/queries/cycles";
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
  return (
    <div className="card flex flex-wrap items-center justify-between gap-4 p-4">
      <FilterChips
        label="Cycle"
        current={String(cycle)}
        options={cycles.map((c) => ({
          value: String(c.year),
          label: `${c.year}${c.status === "open" ? " (open)" : ""}`,
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
