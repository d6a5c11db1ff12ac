import "server-only";
import { createAuth, type Auth } from "@/db/auth";
import { loadActor } from "@/db/queries/users";
import { allowedBeforeEnrolment, ENROLMENT_PATH, mustEnrolTwoFactor, twoFactorRequired } from "@/lib/auth/two-factor";
import { appError, errorBody } from "@/lib/errors";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";
import { acceptInvitationBySignOn, accountForSignOn } from "./invitations";
import { wakeMailSender } from "./mail-sender";
import { requestPasswordResetWithThrottle, signInWithThrottle } from "./sign-in";

export type { Auth };

const globalForAuth = globalThis as typeof globalThis & { __res45Auth?: Promise<Auth> };

/**
 * better-auth, for the routes that hand it requests and the actions that sign out or change a password:
 * one instance per process, with the service layer's rules of single sign-on (server/invitations.ts).
 */
export function getAuth(): Promise<Auth> {
  globalForAuth.__res45Auth ??= createAuth({
    newAccount: accountForSignOn,
    accountMade: acceptInvitationBySignOn,
  }).catch((error) => {
    globalForAuth.__res45Auth = undefined;
    throw error;
  });
  return globalForAuth.__res45Auth;
}

/** better-auth's handler, with the sign-in throttle and the refusal of disabled accounts in front of it. */
export async function handleAuthRequest(request: Request): Promise<Response> {
  const auth = await getAuth();
  const path = new URL(request.url).pathname;
  if (request.method === "POST" && path.endsWith("/sign-in/email")) return signInWithThrottle(auth, request);
  if (request.method === "POST" && path.endsWith("/request-password-reset")) {
    const response = await requestPasswordResetWithThrottle(auth, request);
    // The reset message was queued (or not, for an unknown address): send it now rather than at the next poll.
    wakeMailSender();
    return response;
  }
  const refusal = await twoFactorRefusal(auth, request, path);
  if (refusal) return refusal;
  return auth.handler(request);
}

/**
 * What better-auth would allow but our rules do not: an account that must enrol its second factor may
 * only enrol, read its session and sign out; a BDT account may not remove its second factor.
 */
async function twoFactorRefusal(auth: Auth, request: Request, path: string): Promise<Response | null> {
  const authPath = path.replace(/^.*\/api\/auth/, "");
  if (authPath.startsWith("/sign-in/") || authPath.startsWith("/oauth2/") || authPath.startsWith("/callback/"))
    return null;
  if (allowedBeforeEnrolment(authPath) && authPath !== "/two-factor/disable") return null;
  const session = await auth.api.getSession({ headers: request.headers }).catch(() => null);
  if (!session) return null;
  const actor = await loadActor(session.user.id);
  if (!actor) return null;
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  if (mustEnrolTwoFactor({ role: actor.role, twoFactorEnabled: actor.twoFactorEnabled ?? false }))
    return Response.json(errorBody(appError("forbidden.two_factor_enrolment", { path: ENROLMENT_PATH }), locale), {
      status: 403,
    });
  if (authPath === "/two-factor/disable" && twoFactorRequired(actor.role))
    return Response.json(errorBody(appError("forbidden.two_factor_required"), locale), { status: 403 });
  return null;
}
