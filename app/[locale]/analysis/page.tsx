import { isStateRole } from "@/lib/assessment/status";
import { getLocale } from "next-intl/server";
import { resultsCycle } from "@/lib/results/open-cycle";
import { listCycles } from "@/server/cycles";
import { redirect } from "@/app/_i18n/navigation";
import { requirePageActor } from "@/app/_lib/session";
import { AnalystsOnly } from "./_components/analysts-only";
import { NoCycle } from "@/app/_components/no-cycle";

export const dynamic = "force-dynamic";

/** The analysis starts at the open cycle, or the newest one when every cycle is closed. */
export default async function AnalysisIndexPage() {
  const actor = await requirePageActor("/analysis");
  if (isStateRole(actor.role)) return <AnalystsOnly />;
  const cycles = await listCycles();
  const cycle = resultsCycle(cycles) ?? undefined;
  if (cycle === undefined) return <NoCycle />;
  redirect({ href: `/analysis/${cycle}`, locale: await getLocale() });
}
