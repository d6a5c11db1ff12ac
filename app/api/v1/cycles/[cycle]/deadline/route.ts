import { NextResponse } from "next/server";
import { cycleParamsSchema } from "@/lib/api/analysis.validation";
import { deadlineRequestSchema } from "@/lib/notifications/notifications.validation";
import { assertAdmin } from "@/server/access";
import { setCycleDeadline } from "@/server/reminders";
import { parseParams, readJsonBody, route } from "../../../../_lib/route";

export const dynamic = "force-dynamic";

export const PATCH = route({ auth: true }, async ({ request, params, actor, locale }) => {
  // Who may not set deadlines hears so before the body is read.
  assertAdmin(actor);
  const { cycle } = parseParams(params, cycleParamsSchema, locale);
  const { deadline } = await readJsonBody(request, deadlineRequestSchema);
  return NextResponse.json(await setCycleDeadline(actor, cycle, deadline));
});
