/**
 * How better-auth sets the session cookie: never readable by scripts (HttpOnly), not
 * sent on cross-site subrequests or posts (SameSite=Lax), and Secure when the public
 * URL is https. The demo on http://localhost cannot use Secure cookies: the browser
 * would drop them and nobody could stay signed in.
 */
export function sessionCookieOptions(publicUrl: string | undefined) {
  return {
    useSecureCookies: (publicUrl ?? "").trim().toLowerCase().startsWith("https://"),
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" as const },
  };
}
