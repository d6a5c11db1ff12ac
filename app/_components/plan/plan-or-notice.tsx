import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { getPlan, type PlanView } from "@/server/plans";
import type { Actor } from "@/lib/assessment/actor";
import { NoticePanel } from "@/app/_components/notice-panel";
import { PlanPage, type PlanFilters } from "./plan-view";
import { errorText } from "@/app/_lib/error-text";

/** The state's plan for whoever asks, or the reason they may not see it (403, 404). */
export async function PlanOrNotice({
  actor,
  iso3,
  filters,
  basePath,
}: {
  actor: Actor;
  iso3: string;
  filters: PlanFilters;
  basePath: string;
}) {
  let plan: PlanView;
  try {
    plan = await getPlan(actor, iso3);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const t = await getTranslations("plan.notice");
    return (
      <div data-testid="plan-unavailable" data-status={error.status}>
        <NoticePanel
          title={error.status === 404 ? t("notFound") : t("forbidden")}
          action={{ href: "/plan", label: t("goToPlans") }}
        >
          {await errorText(error)}
        </NoticePanel>
      </div>
    );
  }
  return <PlanPage plan={plan} filters={filters} basePath={basePath} />;
}
