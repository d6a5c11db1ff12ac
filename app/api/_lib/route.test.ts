import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ENDPOINTS } from "@/lib/api/openapi";
import { route, type RouteHandler } from "./route";

const call = (handler: RouteHandler<Record<string, string>>, url: string, headers: Record<string, string> = {}) =>
  handler(new Request(`http://localhost${url}`, { headers }), { params: Promise.resolve({}) });

describe("route(): the query string", () => {
  const none = route(async ({ query }) => ({ query }));
  const some = route({ query: z.object({ region: z.enum(["africa", "europe"]).optional() }) }, async ({ query }) => ({
    query,
  }));

  it("is refused, naming the parameter, by a route that reads none", async () => {
    const response = await call(none, "/api/v1/cycles?verbose=1");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: "validation.query",
      error: 'Invalid query string. verbose: Unknown query parameter "verbose"',
      fieldErrors: { verbose: ['Unknown query parameter "verbose"'] },
    });
    expect((await call(none, "/api/v1/cycles")).status).toBe(200);
  });

  it("keeps the parameters the route's schema names and refuses the others, even when the schema is not strict", async () => {
    expect(await (await call(some, "/api/v1/member-states?region=africa")).json()).toEqual({
      query: { region: "africa" },
    });
    const response = await call(some, "/api/v1/member-states?region=africa&regoin=europe");
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).fieldErrors)).toEqual(["regoin"]);
  });

  it("answers in the reader's language", async () => {
    const response = await call(none, "/api/health?x=1", { "accept-language": "fr-CH, en;q=0.5" });
    const body = await response.json();
    expect(body.code).toBe("validation.query");
    expect(body.fieldErrors.x[0]).toMatch(/^Paramètre/);
  });

  it("is refused by every documented endpoint beyond the parameters the OpenAPI document lists", async () => {
    for (const endpoint of ENDPOINTS) {
      const folder = endpoint.path.replace(/^\/api\//, "").replace(/\{(\w+)\}/g, "[$1]");
      const file = pathToFileURL(path.resolve(__dirname, "..", folder, "route.ts")).href;
      const routeModule = (await import(/* @vite-ignore */ file)) as Record<string, RouteHandler<never>>;
      const handler = routeModule[endpoint.method.toUpperCase()];
      expect(handler?.querySchema, `${endpoint.method} ${endpoint.path} is a route()`).toBeDefined();
      expect(Object.keys(handler!.querySchema.shape), `${endpoint.method} ${endpoint.path}`).toEqual(
        Object.keys(endpoint.query?.shape ?? {}),
      );
    }
  });
});
