"use server";

import { markReadSchema } from "@/lib/notifications/notifications.validation";
import { markNotificationsRead } from "@/server/notifications";
import { validatedAction } from "@/app/_lib/action";

export const markRead = validatedAction(markReadSchema, (input, actor) => markNotificationsRead(actor, input));
