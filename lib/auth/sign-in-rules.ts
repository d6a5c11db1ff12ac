/**
 * The sign-in rules browser code needs without the schemas of ./sign-in.validation (and so without zod,
 * which the forms load on demand): password lengths and where a user lands after signing in.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

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
