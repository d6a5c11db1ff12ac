import { getAuth } from "@/db/auth";
import { signInWithThrottle } from "../../../_lib/sign-in";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return (await getAuth()).handler(request);
}

export async function POST(request: Request) {
  const auth = await getAuth();
  if (new URL(request.url).pathname.endsWith("/sign-in/email")) return signInWithThrottle(auth, request);
  return auth.handler(request);
}
