import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { listCycles } from "@/db/queries/cycles";
import { resultsCycle } from "@/lib/results/open-cycle";
import { NoticePanel } from "@/app/_components/notice-panel";
import { requirePageActor } from "@/app/_lib/session";

export const metadata: Metadata = { title: "Our results" };
export const dynamic = "force-dynamic";

/**
 * "Our results" in the menu: a focal point lands on their own state's results
 * in the open cycle; BDT staff, who compare many states, land on the review list.
 */
export default async function ResultsEntryPage() {
  const actor = await requirePageActor("/results");
  if (actor.role !== "focal_point" || !actor.memberStateIso3) redirect("/review");
  const cycle = resultsCycle(await listCycles());
  if (cycle === null)
    return (
      <NoticePanel title="No assessment cycle yet">
        Results appear here once an administrator opens the first assessment cycle.
      </NoticePanel>
    );
  redirect(`/states/${actor.memberStateIso3}/${cycle}`);
}
