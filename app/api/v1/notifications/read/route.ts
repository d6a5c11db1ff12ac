import { NextResponse } from "next/server";
import { markReadSchema } from "@/lib/notifications/notifications.validation";
import { markNotificationsRead } from "@/server/notifications";
import { readJsonBody, route } from "../../../_lib/route";

export const dynamic = "force-dynamic";

export const POST = route({ auth: true }, async ({ request, actor }) =>
  NextResponse.json(await markNotificationsRead(actor, await readJsonBody(request, markReadSchema))),
);
