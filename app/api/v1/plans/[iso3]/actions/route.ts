import { NextResponse } from "next/server";
import { createPlanActions, listPlanActions } from "@/db/queries/plans";
import { newActionSchema, planParamsSchema, planQuerySchema } from "@/lib/plan/plan.validation";
import { parseParams, readJsonBody, route } from "../../../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true }, async ({ request, params, actor, locale }) => {
  const { iso3 } = parseParams(params, planParamsSchema, locale);
  const query = parseParams(Object.fromEntries(new URL(request.url).searchParams), planQuerySchema);
  return NextResponse.json(await listPlanActions(actor, iso3, query));
});

export const POST = route({ auth: true }, async ({ request, params, actor, locale }) => {
  const { iso3 } = parseParams(params, planParamsSchema, locale);
  const input = await readJsonBody(request, newActionSchema);
  const [created] = await createPlanActions(actor, iso3, [input]);
  return NextResponse.json(created, { status: 201 });
});
