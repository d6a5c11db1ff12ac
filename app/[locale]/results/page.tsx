import { isStateRole } from "@/lib/assessment/status";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { listCycles } from "@/server/cycles";
import { resultsCycle } from "@/lib/results/open-cycle";
import { redirect } from "@/app/_i18n/navigation";
import { NoticePanel } from "@/app/_components/notice-panel";
import { requirePageActor } from "@/app/_lib/session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("results.entry");
  return { title: t("metaTitle") };
}

/**
 * "Our results" in the menu: a focal point lands on their own state's results
 * in the open cycle; BDT staff, who compare many states, land on the review list.
 */
export default async function ResultsEntryPage() {
  const actor = await requirePageActor("/results");
  const locale = await getLocale();
  if (!isStateRole(actor.role) || !actor.memberStateIso3) return redirect({ href: "/review", locale });
  const cycle = resultsCycle(await listCycles());
  if (cycle === null) {
    const t = await getTranslations("results.entry");
    return <NoticePanel title={t("noCycleTitle")}>{t("noCycleText")}</NoticePanel>;
  }
  return redirect({ href: `/states/${actor.memberStateIso3}/${cycle}`, locale });
}
