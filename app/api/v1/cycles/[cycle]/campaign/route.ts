import { NextResponse } from "next/server";
import { cycleParamsSchema } from "@/lib/api/analysis.validation";
import { getCampaign } from "@/server/reminders";
import { parseParams, route } from "../../../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true }, async ({ params, actor, locale }) => {
  const { cycle } = parseParams(params, cycleParamsSchema, locale);
  return NextResponse.json(await getCampaign(actor, cycle));
});
