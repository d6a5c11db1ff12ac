import { NextResponse } from "next/server";
import { assessmentParamsSchema } from "@/lib/api/assessments.validation";
import { deadlineRequestSchema } from "@/lib/notifications/notifications.validation";
import { assertBdt } from "@/server/access";
import { setStateDeadline } from "@/server/reminders";
import { parseParams, readJsonBody, route } from "../../../../../_lib/route";

export const dynamic = "force-dynamic";

export const PATCH = route({ auth: true }, async ({ request, params, actor, locale }) => {
  assertBdt(actor);
  const { cycle, iso3 } = parseParams(params, assessmentParamsSchema, locale);
  const { deadline } = await readJsonBody(request, deadlineRequestSchema);
  return NextResponse.json(await setStateDeadline(actor, cycle, iso3, deadline));
});
