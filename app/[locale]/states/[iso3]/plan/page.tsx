import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { planParamsSchema } from "@/lib/plan/plan.validation";
import { redirect } from "@/app/_i18n/navigation";
import { parsePlanFilters } from "@/app/_components/plan/plan-filters";
import { PlanOrNotice } from "@/app/_components/plan/plan-or-notice";
import { requirePageActor } from "@/app/_lib/session";
import { PageMessages } from "@/app/_i18n/page-messages";

export const dynamic = "force-dynamic";

type Params = Promise<{ iso3: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("plan.meta");
  return { title: t("stateTitle", { iso3: (await params).iso3.toUpperCase() }) };
}

/** One state's plan: read-only for BDT once the state's latest assessment is submitted. */
export default async function StatePlanRoute({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = await params;
  const parsed = planParamsSchema.safeParse(raw);
  if (!parsed.success) notFound();
  const { iso3 } = parsed.data;
  const path = `/states/${iso3}/plan`;
  if (raw.iso3 !== iso3) redirect({ href: path, locale: await getLocale() });
  const actor = await requirePageActor(path);
  return (
    <PageMessages page="states/[iso3]/plan">
      <PlanOrNotice actor={actor} iso3={iso3} filters={parsePlanFilters(await searchParams)} basePath={path} />
    </PageMessages>
  );
}
