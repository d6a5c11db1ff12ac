import type { Metadata } from "next";
import { listActionsForBdt } from "@/db/queries/plans";
import { todayUtc } from "@/lib/plan/actions";
import { requirePageActor } from "@/app/_lib/session";
import { parsePlanFilters } from "./_components/plan-filters";
import { PlanOrNotice } from "./_components/plan-or-notice";
import { RegionalPlans } from "./_components/regional-plans";

export const metadata: Metadata = { title: "Action plan" };
export const dynamic = "force-dynamic";

/** A focal point's plan for their state; for BDT, the regional view of every readable plan. */
export default async function PlanRoute({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("/plan");
  if (actor.role === "focal_point" && actor.memberStateIso3) {
    return (
      <PlanOrNotice
        actor={actor}
        iso3={actor.memberStateIso3}
        filters={parsePlanFilters(await searchParams)}
        basePath="/plan"
      />
    );
  }
  return <RegionalPlans actions={await listActionsForBdt(actor)} today={todayUtc()} />;
}
