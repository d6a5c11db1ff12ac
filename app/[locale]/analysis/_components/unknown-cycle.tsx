import { NoticePanel } from "@/app/_components/notice-panel";

/** In place of an analysis page whose cycle does not exist. */
export function UnknownCycle({ cycle, cycles }: { cycle: number; cycles: readonly { year: number }[] }) {
  return (
    <NoticePanel title={`There is no ${cycle} cycle`} action={{ href: "/analysis", label: "Go to the current cycle" }}>
      Cycles run from {cycles.at(-1)?.year ?? "—"} to {cycles[0]?.year ?? "—"}.
    </NoticePanel>
  );
}
