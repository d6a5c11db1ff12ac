import { NextResponse } from "next/server";
import type { z } from "zod";
import { describeZodError, type ApiErrorBody } from "@/lib/api/errors";

export function jsonError(status: number, body: ApiErrorBody, headers?: HeadersInit) {
  return NextResponse.json(body, { status, headers });
}

/** Parses a request's query string with a zod schema: the data, or the 400 that names each problem. */
export function parseQuery<T extends z.ZodType>(
  request: Request,
  schema: T,
): { ok: true; data: z.infer<T> } | { ok: false; response: NextResponse } {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = schema.safeParse(params);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, response: jsonError(400, describeZodError(parsed.error, "Invalid query")) };
}
