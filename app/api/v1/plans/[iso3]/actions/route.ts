import { NextResponse } from "next/server";
import { assertCanEditPlan } from "@/server/access";
import { createPlanActions, listPlanActions } from "@/server/plans";
import { newActionSchema, planParamsSchema, planQuerySchema } from "@/lib/plan/plan.validation";
import { parseParams, readJsonBody, route } from "../../../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true, query: planQuerySchema }, async ({ params, query, actor, locale }) => {
  const { iso3 } = parseParams(params, planParamsSchema, locale);
  return NextResponse.json(await listPlanActions(actor, iso3, query));
});

export const POST = route({ auth: true }, async ({ request, params, actor, locale }) => {
  const { iso3 } = parseParams(params, planParamsSchema, locale);
  // Who may not add actions hears so before the body is read.
  assertCanEditPlan(actor, iso3);
  const input = await readJsonBody(request, newActionSchema);
  const [created] = await createPlanActions(actor, iso3, [input]);
  return NextResponse.json(created, { status: 201 });
});
