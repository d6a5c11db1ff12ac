"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { getAuth } from "@/db/auth";
import { ValidationError } from "@/db/errors";
import { changePasswordSchema } from "@/lib/auth/account.validation";
import { validatedAction } from "@/app/_lib/action";

export const changePassword = validatedAction(changePasswordSchema, async (input) => {
  const auth = await getAuth();
  try {
    await auth.api.changePassword({
      body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true },
      headers: await headers(),
    });
  } catch {
    // The action runs under the page's URL (/fr/account), so the request carries the reader's language.
    const t = await getTranslations("account.changePassword");
    const wrong = t("wrongCurrentPassword");
    throw new ValidationError(wrong, { currentPassword: [wrong] });
  }
  return { changed: true };
});
