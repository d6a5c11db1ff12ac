import { forbidden, notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/**
 * A service refusal met while rendering a page: a `forbidden.*` refusal shows the 403 page and a
 * `not_found.*` one the 404 page; anything else is rethrown. Use as `.catch(showRefusalPage)`.
 */
export function showRefusalPage(error: unknown): never {
  if (isAppError(error, "forbidden")) forbidden();
  if (isAppError(error, "not_found")) notFound();
  throw error;
}
