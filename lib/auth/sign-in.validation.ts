import { z } from "zod";
import { errorCode } from "../errors/schema-message";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, errorCode("validation.sign_in_email_required"))
    .email(errorCode("validation.email_invalid")),
  password: z.string().min(1, errorCode("validation.password_required")),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, errorCode("validation.password_too_short", { min: MIN_PASSWORD_LENGTH }))
  .max(MAX_PASSWORD_LENGTH, errorCode("validation.password_too_long", { max: MAX_PASSWORD_LENGTH }));

/** Where a user lands after signing in, by role, unless they were sent from a page. */
export function homeForRole(role: string): string {
  if (role === "focal_point" || role === "contributor") return "/assessment";
  if (role === "admin") return "/admin";
  return "/review";
}

/** Only same-site paths are followed after sign-in (no open redirect). */
export function safeReturnPath(next: string | null | undefined): string | null {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return null;
  return next;
}
