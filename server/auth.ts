import "server-only";
import { getAuth as getAuthInstance, type Auth } from "@/db/auth";
import { wakeMailSender } from "./mail-sender";
import { requestPasswordResetWithThrottle, signInWithThrottle } from "./sign-in";

export type { Auth };

/** better-auth, for the routes that hand it requests and the actions that sign out or change a password. */
export function getAuth(): Promise<Auth> {
  return getAuthInstance();
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
  return auth.handler(request);
}
