import { appError } from "@/lib/errors";
import { route } from "../_lib/route";

export const dynamic = "force-dynamic";

/**
 * A path under /api that no endpoint serves: a JSON 404 with its code, like every other API refusal
 * (and an oversized body is a 413, through route()). Without it, Next.js would render the HTML
 * not-found page, and take a POST with a form body for a server action.
 */
const notFound = route<{ path: string[] }>(async ({ request }) => {
  throw appError("not_found.endpoint", { path: new URL(request.url).pathname.slice(0, 200) });
});

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
