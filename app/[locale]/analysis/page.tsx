import { resultsCycle } from "@/lib/results/open-cycle";
import { redirect } from "next/navigation";
import { listCycles } from "@/db/queries/cycles";
import { NoticePanel } from "@/app/_components/notice-panel";
import { requirePageActor } from "@/app/_lib/session";
import { AnalystsOnly } from "./_components/analysts-only";

export const dynamic = "force-dynamic";

/** The analysis starts at the open cycle, or the newest one when every cycle is closed. */
export default async function AnalysisIndexPage() {
  const actor = await requirePageActor("/analysis");
  if (actor.role === "focal_point") return <AnalystsOnly />;
  const cycles = await listCycles();
  const cycle = resultsCycle(cycles) ?? undefined;
  if (cycle === undefined)
    return <NoticePanel title="No assessment cycle yet">An administrator opens the first cycle.</NoticePanel>;
  redirect(`/analysis/${cycle}`);
}
