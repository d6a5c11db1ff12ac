import { getPlan } from "@/server/plans";
import { filterActions, todayUtc } from "@/lib/plan/actions";
import { planCsv } from "@/lib/plan/csv";
import { markDemoCsv } from "@/lib/demo/marker";
import { hasDemoData } from "@/server/demo-data";
import { planParamsSchema, planQuerySchema } from "@/lib/plan/plan.validation";
import { CURRENT_FRAMEWORK } from "@/lib/framework";
import { parseParams, route } from "../../../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true, query: planQuerySchema }, async ({ params, query, actor, locale }) => {
  const { iso3 } = parseParams(params, planParamsSchema, locale);
  const plan = await getPlan(actor, iso3);
  const actions = filterActions(plan.actions, query);
  const csv = markDemoCsv(planCsv(plan.base?.framework ?? CURRENT_FRAMEWORK, actions, todayUtc()), await hasDemoData());
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="res45-${iso3}-action-plan.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
});
