import { describe, expect, it } from "vitest";
import { AppError, parseOrThrow } from "../errors";
import { RES45_BA2017_V2 } from "../framework";
import { crosswalkResponse } from "./crosswalk";
import { crosswalkQuerySchema } from "./framework.validation";
import { crosswalkResponseSchema } from "./responses";

const code = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    if (error instanceof AppError) return [error.code, error.status];
    throw error;
  }
  throw new Error("expected a refusal");
};

describe("GET /api/v1/framework/crosswalk", () => {
  it("gives each v2 question the v1 question it continues, or null, by id or version", () => {
    const body = crosswalkResponseSchema.parse(crosswalkResponse({ from: "res45-ba2017-v1", to: "res45-ba2017-v2" }));
    expect(body.questions.map((q) => q.question)).toEqual(RES45_BA2017_V2.questions.map((q) => q.id));
    const byId = Object.fromEntries(body.questions.map((q) => [q.question, q]));
    expect(byId["COP-INT-09"]?.continues).toBe("COP-INT-01");
    expect(byId["TEC-CIRT-09"]).toEqual({ question: "TEC-CIRT-09", continues: null, values: {} });
    expect(byId["ORG-STR-01"]?.values.adopted).toBe("in-force");
    expect(crosswalkResponse({ from: "1.0", to: "2.0" })).toEqual(body);
    // Without parameters: from the version before the current one to the current one.
    expect(crosswalkResponse({})).toEqual(body);
  });

  it("answers 404 with a code for an unknown version or a pair without a crosswalk", () => {
    expect(code(() => crosswalkResponse({ from: "res45-ba2017-v9", to: "res45-ba2017-v2" }))).toEqual([
      "not_found.framework",
      404,
    ]);
    expect(code(() => crosswalkResponse({ from: "res45-ba2017-v2", to: "res45-ba2017-v1" }))).toEqual([
      "not_found.crosswalk",
      404,
    ]);
    // v1 is the first version: nothing comes before it.
    expect(code(() => crosswalkResponse({ to: "res45-ba2017-v1" }))).toEqual(["not_found.crosswalk", 404]);
  });

  it("takes only from and to: an empty or an unknown parameter is a 400 with its code", () => {
    const parse = (query: unknown) =>
      parseOrThrow(crosswalkQuerySchema, query, "validation.query", "en", "validation.unknown_query_parameter");
    expect(code(() => parse({ from: "" }))).toEqual(["validation.query", 400]);
    const unknown = (() => {
      try {
        parse({ from: "1.0", to: "2.0", version: "1.0" });
      } catch (error) {
        return (error as AppError).problems;
      }
    })();
    expect(unknown).toEqual([
      expect.objectContaining({ path: ["version"], code: "validation.unknown_query_parameter" }),
    ]);
  });
});
