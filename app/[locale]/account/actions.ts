"use server";

import { headers } from "next/headers";
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
    throw new ValidationError("The current password is not correct.", {
      currentPassword: ["The current password is not correct."],
    });
  }
  return { changed: true };
});
