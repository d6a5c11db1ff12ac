import { NextResponse } from "next/server";
import { cycleParamsSchema } from "@/lib/api/analysis.validation";
import { requestOrigin } from "@/lib/api/origin";
import { reminderRequestSchema } from "@/lib/notifications/notifications.validation";
import { assertBdt } from "@/server/access";
import { sendRemindersNow } from "@/server/reminders";
import { parseParams, readJsonBody, route } from "../../../../_lib/route";

export const dynamic = "force-dynamic";

export const POST = route({ auth: true }, async ({ request, params, actor, locale }) => {
  assertBdt(actor);
  const { cycle } = parseParams(params, cycleParamsSchema, locale);
  const input = await readJsonBody(request, reminderRequestSchema);
  const sent = await sendRemindersNow(actor, cycle, input, { origin: requestOrigin(request.headers, request.url) });
  return NextResponse.json(sent, { status: 202 });
});
