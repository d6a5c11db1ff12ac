import "server-only";
import { getAuth as getAuthInstance, type Auth } from "@/db/auth";
import { signInWithThrottle } from "./sign-in";

export type { Auth };

/** better-auth, for the routes that hand it requests and the actions that sign out or change a password. */
export function getAuth(): Promise<Auth> {
  return getAuthInstance();
}

/** better-auth's handler, with the sign-in throttle and the refusal of disabled accounts in front of it. */
export async function handleAuthRequest(request: Request): Promise<Response> {
  const auth = await getAuth();
  if (request.method === "POST" && new URL(request.url).pathname.endsWith("/sign-in/email"))
    return signInWithThrottle(auth, request);
  return auth.handler(request);
}
