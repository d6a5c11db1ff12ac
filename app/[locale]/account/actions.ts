"use server";

import { headers } from "next/headers";
import { changePasswordSchema } from "@/lib/auth/account.validation";
import { changeOwnPassword } from "@/server/account";
import { validatedAction } from "@/app/_lib/action";
import { apiTokenParamsSchema, newApiTokenSchema, sessionParamsSchema } from "@/lib/auth/api-token.validation";
import { createApiToken, revokeApiToken } from "@/server/api-tokens";
import { endOwnSession } from "@/server/sessions";
import { notificationSettingsSchema } from "@/lib/notifications/notifications.validation";
import { setNotificationSettings } from "@/server/notifications";

export const changePassword = validatedAction(changePasswordSchema, async (input, actor) =>
  changeOwnPassword(actor, input, await headers()),
);

export const createToken = validatedAction(newApiTokenSchema, (input, actor) => createApiToken(actor, input));

export const revokeToken = validatedAction(apiTokenParamsSchema, ({ id }, actor) => revokeApiToken(actor, id));

export const endSession = validatedAction(sessionParamsSchema, ({ id }, actor) => endOwnSession(actor, id));

export const saveNotificationSettings = validatedAction(notificationSettingsSchema, (input, actor) =>
  setNotificationSettings(actor, input),
);
