import { AppError, errorBody, type ErrorBody } from "../errors";
import type { Locale } from "../i18n/locales";

function decodes(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/**
 * The 400 for a path with a segment that is not valid percent-encoded UTF-8 (`%ZZ`,
 * `%C3%28`), or null when every segment decodes. Next.js fails such a path with a 500
 * before any route runs, so the proxy answers first; the documented path templates
 * (e.g. `/api/v1/assessments/{iso3}/{cycle}`) give the parameter's name.
 */
export function malformedPathError(
  pathname: string,
  templates: readonly string[],
  locale: Locale = "en",
): ErrorBody | null {
  const segments = pathname.split("/");
  const index = segments.findIndex((s) => !decodes(s));
  if (index < 0) return null;
  const bad = segments[index]!;
  const param = templates
    .map((t) => t.split("/"))
    .filter(
      (t) => t.length === segments.length && t.every((s, i) => i === index || /^\{.+\}$/.test(s) || s === segments[i]),
    )
    .map((t) => t[index]!.match(/^\{(.+)\}$/)?.[1])
    .find(Boolean);
  const problem = {
    path: [param ?? "path"],
    message: "",
    code: "validation.malformed_encoding" as const,
    params: { segment: bad },
  };
  return errorBody(new AppError("validation.path", { problems: [problem] }), locale);
}
