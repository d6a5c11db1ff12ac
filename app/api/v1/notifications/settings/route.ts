import { NextResponse } from "next/server";
import { notificationSettingsSchema } from "@/lib/notifications/notifications.validation";
import { getNotificationSettings, setNotificationSettings } from "@/server/notifications";
import { readJsonBody, route } from "../../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true }, async ({ actor }) => NextResponse.json(await getNotificationSettings(actor)));

export const PATCH = route({ auth: true }, async ({ request, actor }) =>
  NextResponse.json(await setNotificationSettings(actor, await readJsonBody(request, notificationSettingsSchema))),
);
