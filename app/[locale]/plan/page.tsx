import { isStateRole } from "@/lib/assessment/status";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listActionsForBdt } from "@/server/plans";
import { todayUtc } from "@/lib/plan/actions";
import { requirePageActor } from "@/app/_lib/session";
import { parsePlanFilters } from "@/app/_components/plan/plan-filters";
import { PlanOrNotice } from "@/app/_components/plan/plan-or-notice";
import { RegionalPlans } from "./_components/regional-plans";
import { PageMessages } from "@/app/_i18n/page-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("plan.meta");
  return { title: t("title") };
}

/** A focal point's plan for their state; for BDT, the regional view of every readable plan. */
export default async function PlanRoute({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("/plan");
  if (isStateRole(actor.role) && actor.memberStateIso3) {
    return (
      <PageMessages page="plan">
        <PlanOrNotice
          actor={actor}
          iso3={actor.memberStateIso3}
          filters={parsePlanFilters(await searchParams)}
          basePath="/plan"
        />
      </PageMessages>
    );
  }
  return (
    <PageMessages page="plan">
      <RegionalPlans actions={await listActionsForBdt(actor)} today={todayUtc()} />
    </PageMessages>
  );
}
