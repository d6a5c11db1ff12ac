import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { AppError, ConflictError, UnauthenticatedError } from "@/db/errors";
import type { Actor } from "@/lib/assessment/actor";
import { describeZodError } from "@/lib/api/errors";
import { requestOrigin } from "@/lib/api/origin";
import { actorFromHeaders } from "../../_lib/session";

export const MAX_BODY_BYTES = 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

const tooLarge = () => new HttpError(413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`);

/** A body declared larger than the limit is refused before anything else is done with the request. */
function assertDeclaredSizeWithinLimit(request: Request) {
  if (Number(request.headers.get("content-length") ?? "0") > MAX_BODY_BYTES) throw tooLarge();
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

/** The JSON body, read with a size limit and parsed with a zod schema; throws the matching 4xx. */
export async function readJsonBody<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  assertDeclaredSizeWithinLimit(request);
  // Only JSON: a form or text/plain post is what a cross-site page can send without asking first.
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!/^application\/([\w.-]+\+)?json$/.test(type)) {
    const message = `Content-Type must be application/json, not ${type ? `"${type.slice(0, 100)}"` : "missing"}.`;
    throw new HttpError(415, `The request body must be JSON. ${message}`, { "Content-Type": [message] });
  }
  const text = await readBodyText(request);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HttpError(400, "The request body is not valid JSON.");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const body = describeZodError(parsed.error, "Invalid request body");
    throw new HttpError(400, body.error, body.fieldErrors);
  }
  return parsed.data;
}

export function errorResponse(error: unknown): NextResponse {
  if (error instanceof HttpError)
    return NextResponse.json({ error: error.message, fieldErrors: error.fieldErrors }, { status: error.status });
  if (error instanceof AppError) {
    const body: Record<string, unknown> = { error: error.message };
    if (error.fieldErrors) body.fieldErrors = error.fieldErrors;
    if (error instanceof ConflictError && error.currentVersion !== undefined)
      body.currentVersion = error.currentVersion;
    return NextResponse.json(body, { status: error.status });
  }
  console.error(error);
  return NextResponse.json({ error: "Internal error: the request was not completed." }, { status: 500 });
}

/** A mutating request sent by a page of another origin is refused (cross-site request forgery). */
function assertSameOrigin(request: Request) {
  const origin = request.headers.get("origin");
  if (origin && origin !== requestOrigin(request.headers, request.url)) {
    throw new HttpError(403, `Cross-origin request refused: ${origin} may not change data here.`);
  }
}

function parseWith<T extends z.ZodType>(input: unknown, schema: T, summary: string): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const body = describeZodError(parsed.error, summary);
    throw new HttpError(400, body.error, body.fieldErrors);
  }
  return parsed.data;
}

export function parseParams<T extends z.ZodType>(params: unknown, schema: T): z.infer<T> {
  return parseWith(params, schema, "Invalid path");
}

/** The query string parsed with a zod schema (a repeated parameter counts once, its last value). */
export function parseQuery<T extends z.ZodType>(request: Request, schema: T): z.infer<T> {
  return parseWith(Object.fromEntries(new URL(request.url).searchParams), schema, "Invalid query");
}

type Params = Record<string, string>;

/** A route handler with error mapping; `auth` makes it 401 without a session. */
export function route<P extends Params = Params>(
  handler: (ctx: { request: Request; params: P }) => Promise<Response | object>,
): (request: Request, context: { params: Promise<P> }) => Promise<Response>;
export function route<P extends Params = Params>(
  options: { auth: true },
  handler: (ctx: { request: Request; params: P; actor: Actor }) => Promise<Response | object>,
): (request: Request, context: { params: Promise<P> }) => Promise<Response>;
export function route<P extends Params>(
  a: { auth: true } | ((ctx: { request: Request; params: P }) => Promise<Response | object>),
  b?: (ctx: { request: Request; params: P; actor: Actor }) => Promise<Response | object>,
) {
  const needsAuth = typeof a !== "function";
  const handler = (needsAuth ? b : a) as (ctx: {
    request: Request;
    params: P;
    actor?: Actor;
  }) => Promise<Response | object>;
  return async (request: Request, context: { params: Promise<P> }) => {
    try {
      const params = (await context?.params) ?? ({} as P);
      if (!["GET", "HEAD", "OPTIONS"].includes(request.method)) {
        assertSameOrigin(request);
        // Also for endpoints that read no body: an oversized upload is refused, not silently ignored.
        assertDeclaredSizeWithinLimit(request);
      }
      let actor: Actor | undefined;
      if (needsAuth) {
        actor = (await actorFromHeaders(request.headers)) ?? undefined;
        if (!actor) throw new UnauthenticatedError("Sign in first: this endpoint needs a session.");
      }
      const result = await handler({ request, params, actor });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
