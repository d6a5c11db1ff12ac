import "server-only";
import type { Actor } from "@/lib/assessment/actor";
import type { ChangePasswordInput } from "@/lib/auth/account.validation";
import { AppError } from "@/lib/errors";
import { getAuth } from "./auth";

/**
 * The signed-in user changes their own password: better-auth checks the current
 * one; every other session of the account ends.
 */
export async function changeOwnPassword(
  _actor: Actor,
  input: ChangePasswordInput,
  requestHeaders: Headers,
): Promise<{ changed: true }> {
  const auth = await getAuth();
  try {
    await auth.api.changePassword({
      body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true },
      headers: requestHeaders,
    });
  } catch {
    const problem = { path: ["currentPassword"], message: "", code: "validation.wrong_password" as const };
    throw new AppError("validation.wrong_password", { problems: [problem] });
  }
  return { changed: true };
}
