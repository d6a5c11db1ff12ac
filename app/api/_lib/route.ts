import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import type { Actor } from "@/lib/assessment/actor";
import { AppError, appError, errorBody, parseOrThrow } from "@/lib/errors";
import { localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";
import { declaresMoreThan, MAX_BODY_BYTES, readAtMost } from "@/lib/api/body-size";
import { requestOrigin } from "@/lib/api/origin";
import { actorFromRequest } from "@/server/session";

const tooLarge = () => appError("too_large.body", { limit: MAX_BODY_BYTES });

/** A route's own body limit (an upload), and the refusal of a body over it. */
export interface BodyLimit {
  bytes: number;
  refusal: () => AppError;
}
const DEFAULT_LIMIT: BodyLimit = { bytes: MAX_BODY_BYTES, refusal: tooLarge };

/** A body declared larger than the limit is refused before anything else is done with the request. */
function assertDeclaredSizeWithinLimit(request: Request, limit: BodyLimit) {
  if (declaresMoreThan(request.headers, limit.bytes)) throw limit.refusal();
}

/** The body as text, cut off at the limit when it is larger than declared or undeclared (chunked). */
async function readBodyText(request: Request): Promise<string> {
  const chunks = await readAtMost(request.body);
  if (!chunks) throw tooLarge();
  return Buffer.concat(chunks).toString("utf8");
}

/** The language of the answer: the request's `Accept-Language`, English by default. */
export function requestLocale(request: Request): Locale {
  return localeFromAcceptLanguage(request.headers.get("accept-language"));
}

/** The JSON body, read with a size limit and parsed with a zod schema; throws the matching 4xx. */
export async function readJsonBody<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  assertDeclaredSizeWithinLimit(request, DEFAULT_LIMIT);
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

/**
 * The query string parsed with the route's schema, made strict: an unknown parameter is a 400 that
 * names it, as an unknown body field is. A repeated parameter counts once, its last value.
 */
function parseQuery<T extends z.ZodObject>(request: Request, schema: T, locale: Locale): z.output<T> {
  return parseOrThrow(
    schema.strict(),
    Object.fromEntries(new URL(request.url).searchParams),
    "validation.query",
    locale,
    "validation.unknown_query_parameter",
  ) as z.output<T>;
}

/** The query of a route that takes none: any parameter is refused. */
const NO_QUERY = z.strictObject({});
type NoQuery = typeof NO_QUERY;

type Params = Record<string, string | string[]>;
interface Context<P, Q> {
  request: Request;
  params: P;
  /** The query string, parsed with the route's `query` schema (none by default). */
  query: Q;
  /** The reader's language, from `Accept-Language`: refusals and messages are written in it. */
  locale: Locale;
}
type Handler<P, Q, Extra> = (ctx: Context<P, Q> & Extra) => Promise<Response | object>;
/** What Next.js calls; `querySchema` is kept for the test that compares it with the OpenAPI document. */
export type RouteHandler<P> = ((request: Request, context: { params: Promise<P> }) => Promise<Response>) & {
  querySchema: z.ZodObject;
};
interface RouteOptions<Q extends z.ZodObject> {
  /**
   * Without a session or a valid API token: 401, before the query or the body is looked at (a
   * read-only token on a method that changes data: 403).
   */
  auth?: boolean;
  /** The query parameters the route reads; every other one is refused. */
  query?: Q;
  /** A larger body limit than the default, for an upload route (which then reads its own body). */
  bodyLimit?: BodyLimit;
}

/**
 * A route handler: session (`auth`), same-origin check and declared body size for mutations, the
 * query string (`query`, strict), the reader's language, and refusals through the one mapper.
 */
export function route<P extends Params = Params>(handler: Handler<P, z.output<NoQuery>, object>): RouteHandler<P>;
export function route<P extends Params = Params, Q extends z.ZodObject = NoQuery>(
  options: RouteOptions<Q> & { auth: true },
  handler: Handler<P, z.output<Q>, { actor: Actor }>,
): RouteHandler<P>;
export function route<P extends Params = Params, Q extends z.ZodObject = NoQuery>(
  options: RouteOptions<Q> & { auth?: false },
  handler: Handler<P, z.output<Q>, object>,
): RouteHandler<P>;
export function route<P extends Params>(
  a: RouteOptions<z.ZodObject> | ((ctx: never) => Promise<Response | object>),
  b?: (ctx: never) => Promise<Response | object>,
): RouteHandler<P> {
  const options = typeof a === "function" ? {} : a;
  const handler = (typeof a === "function" ? a : b!) as Handler<P, unknown, { actor?: Actor }>;
  const querySchema = options.query ?? NO_QUERY;
  const bodyLimit = options.bodyLimit ?? DEFAULT_LIMIT;
  const run = async (request: Request, context: { params: Promise<P> }) => {
    const locale = requestLocale(request);
    try {
      const params = (await context?.params) ?? ({} as P);
      if (!["GET", "HEAD", "OPTIONS"].includes(request.method)) {
        assertSameOrigin(request);
        // Also for endpoints that read no body: an oversized upload is refused, not silently ignored.
        assertDeclaredSizeWithinLimit(request, bodyLimit);
      }
      let actor: Actor | undefined;
      if (options.auth) {
        actor = (await actorFromRequest(request)) ?? undefined;
        if (!actor) throw appError("auth.required");
      }
      const query = parseQuery(request, querySchema, locale);
      const result = await handler({ request, params, query, actor, locale });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error, locale);
    }
  };
  return Object.assign(run, { querySchema });
}
