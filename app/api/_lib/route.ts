import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import type { Actor } from "@/lib/assessment/actor";
import { AppError, appError, errorBody, parseOrThrow } from "@/lib/errors";
import { localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";
import { requestOrigin } from "@/lib/api/origin";
import { actorFromHeaders } from "@/server/session";

export const MAX_BODY_BYTES = 1024 * 1024;

const tooLarge = () => appError("too_large.body", { limit: MAX_BODY_BYTES });

/** A route's own body limit (an upload), and the refusal of a body over it. */
export interface BodyLimit {
  bytes: number;
  refusal: () => AppError;
}
const DEFAULT_LIMIT: BodyLimit = { bytes: MAX_BODY_BYTES, refusal: tooLarge };

/** A body declared larger than the limit is refused before anything else is done with the request. */
function assertDeclaredSizeWithinLimit(request: Request, limit: BodyLimit = DEFAULT_LIMIT) {
  if (Number(request.headers.get("content-length") ?? "0") > limit.bytes) throw limit.refusal();
}

/** The body as text, read chunk by chunk so that an undeclared (chunked) huge body is cut off at the limit. */
async function readBodyText(request: Request): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The language of the answer: the request's `Accept-Language`, English by default. */
export function requestLocale(request: Request): Locale {
  return localeFromAcceptLanguage(request.headers.get("accept-language"));
}

/** The JSON body, read with a size limit and parsed with a zod schema; throws the matching 4xx. */
export async function readJsonBody<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  assertDeclaredSizeWithinLimit(request);
  // Only JSON: a form or text/plain post is what a cross-site page can send without asking first.
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!/^application\/([\w.-]+\+)?json$/.test(type)) {
    const params = { type: type ? `"${type.slice(0, 100)}"` : "—" };
    throw new AppError("unsupported_media.json", {
      params,
      problems: [{ path: ["Content-Type"], message: "", code: "unsupported_media.json", params }],
    });
  }
  const text = await readBodyText(request);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw appError("validation.json");
  }
  return parseOrThrow(schema, json, "validation.body", requestLocale(request));
}

/** The one mapping of errors to REST answers: a typed refusal keeps its code and status; anything else is a 500. */
export function errorResponse(error: unknown, locale: Locale): NextResponse {
  if (error instanceof AppError) return NextResponse.json(errorBody(error, locale), { status: error.status });
  console.error(error);
  return NextResponse.json(errorBody(appError("internal.error"), locale), { status: 500 });
}

/** A mutating request sent by a page of another origin is refused (cross-site request forgery). */
function assertSameOrigin(request: Request) {
  const origin = request.headers.get("origin");
  if (origin && origin !== requestOrigin(request.headers, request.url))
    throw appError("forbidden.cross_origin", { origin: origin.slice(0, 200) });
}

export function parseParams<T extends z.ZodType>(params: unknown, schema: T, locale: Locale = "en"): z.infer<T> {
  return parseOrThrow(schema, params, "validation.path", locale);
}

/** The query string parsed with a zod schema (a repeated parameter counts once, its last value). */
export function parseQuery<T extends z.ZodType>(request: Request, schema: T): z.infer<T> {
  return parseOrThrow(
    schema,
    Object.fromEntries(new URL(request.url).searchParams),
    "validation.query",
    requestLocale(request),
    "validation.unknown_query_parameter",
  );
}

type Params = Record<string, string>;
interface Context<P> {
  request: Request;
  params: P;
  /** The reader's language, from `Accept-Language`: refusals and messages are written in it. */
  locale: Locale;
}

/** A route handler with error mapping; `auth` makes it 401 without a session. */
export function route<P extends Params = Params>(
  handler: (ctx: Context<P>) => Promise<Response | object>,
): (request: Request, context: { params: Promise<P> }) => Promise<Response>;
export function route<P extends Params = Params>(
  options: { auth: true; bodyLimit?: BodyLimit },
  handler: (ctx: Context<P> & { actor: Actor }) => Promise<Response | object>,
): (request: Request, context: { params: Promise<P> }) => Promise<Response>;
export function route<P extends Params>(
  a: { auth: true; bodyLimit?: BodyLimit } | ((ctx: Context<P>) => Promise<Response | object>),
  b?: (ctx: Context<P> & { actor: Actor }) => Promise<Response | object>,
) {
  const needsAuth = typeof a !== "function";
  const bodyLimit = (needsAuth && a.bodyLimit) || DEFAULT_LIMIT;
  const handler = (needsAuth ? b : a) as (ctx: Context<P> & { actor?: Actor }) => Promise<Response | object>;
  return async (request: Request, context: { params: Promise<P> }) => {
    const locale = requestLocale(request);
    try {
      const params = (await context?.params) ?? ({} as P);
      if (!["GET", "HEAD", "OPTIONS"].includes(request.method)) {
        assertSameOrigin(request);
        // Also for endpoints that read no body: an oversized upload is refused, not silently ignored.
        assertDeclaredSizeWithinLimit(request, bodyLimit);
      }
      let actor: Actor | undefined;
      if (needsAuth) {
        actor = (await actorFromHeaders(request.headers)) ?? undefined;
        if (!actor) throw appError("auth.required");
      }
      const result = await handler({ request, params, actor, locale });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error, locale);
    }
  };
}
