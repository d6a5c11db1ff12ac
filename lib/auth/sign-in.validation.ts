import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 12;

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address")
    .email("Enter a valid email address, e.g. name@example.org"),
  password: z.string().min(1, "Enter your password"),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `A password has at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(256, "A password has at most 256 characters");

/** Where a user lands after signing in, by role, unless they were sent from a page. */
export function homeForRole(role: string): string {
  if (role === "focal_point") return "/assessment";
  if (role === "admin") return "/admin";
  return "/review";
}

/** Only same-site paths are followed after sign-in (no open redirect). */
export function safeReturnPath(next: string | null | undefined): string | null {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return null;
  return next;
}
