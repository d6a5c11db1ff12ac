import { declaresMoreThan, MAX_BODY_BYTES } from "@/lib/api/body-size";
import { appError } from "@/lib/errors";
import { errorResponse, requestLocale } from "../_lib/route";

export const dynamic = "force-dynamic";

/**
 * A path under /api that no endpoint serves: a JSON 404 with its code, like every other API refusal
 * (413 for a body over the limit). Without it, Next.js would render the HTML not-found page, and take
 * a POST with a form body for a server action. Not a route(): no query string is judged here.
 */
async function notFound(request: Request) {
  const error = declaresMoreThan(request.headers)
    ? appError("too_large.body", { limit: MAX_BODY_BYTES })
    : appError("not_found.endpoint", { path: new URL(request.url).pathname.slice(0, 200) });
  return errorResponse(error, requestLocale(request));
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
