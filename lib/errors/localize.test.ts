import { z } from "zod";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../i18n/locales";
import { AppError, statusOf } from "./app-error";
import { ERROR_MESSAGES_EN } from "./catalogue";
import { errorBody, errorMessage, parseOrThrow, zodProblems } from "./localize";

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("error codes", () => {
  it("gives every code an HTTP status from its kind", () => {
    for (const code of Object.keys(ERROR_MESSAGES_EN) as (keyof typeof ERROR_MESSAGES_EN)[])
      expect([400, 401, 403, 404, 409, 413, 415, 429, 500]).toContain(statusOf(code));
    expect(statusOf("forbidden.other_state")).toBe(403);
    expect(statusOf("conflict.version")).toBe(409);
  });

  it("writes a code's message in each of the six languages, with its values", () => {
    const messages = LOCALES.map((l) => errorMessage(l, "not_found.member_state", { iso3: "XYZ" }));
    for (const m of messages) expect(m).toContain("XYZ");
    expect(new Set(messages).size).toBe(6);
  });

  it("writes an assessment status inside a sentence in the reader's words", () => {
    expect(errorMessage("en", "conflict.cannot_submit", { status: "validated" })).toBe(
      "An assessment that is validated cannot be submitted.",
    );
    expect(errorMessage("fr", "conflict.cannot_submit", { status: "draft" })).not.toContain("draft");
  });
});

describe("errorBody", () => {
  const schema = z.strictObject({ version: z.number(), answers: z.array(z.strictObject({ id: z.string() })) });

  it("names an unknown key at its own path, hostile names included", () => {
    const input = JSON.parse('{"version":1,"answers":[{"id":"a","constructor":1}],"__proto__":{"x":1}}');
    const body = errorBody(refusal(() => parseOrThrow(schema, input, "validation.body", "en")), "en");
    // Entries, not an object literal: `{ __proto__: … }` in a literal would set the prototype.
    expect(Object.entries(body.fieldErrors!)).toEqual([
      ["answers.0.constructor", ['Unknown field "constructor"']],
      ["__proto__", ['Unknown field "__proto__"']],
    ]);
    expect(JSON.stringify(body.fieldErrors)).toContain('"__proto__":');
    expect(body.code).toBe("validation.body");
    expect(body.error).toBe(
      'Invalid request body. answers.0.constructor: Unknown field "constructor" __proto__: Unknown field "__proto__"',
    );
  });

  it("puts problems of the whole input under `_`", () => {
    const body = errorBody(refusal(() => parseOrThrow(schema, [], "validation.body", "en")), "en");
    expect(Object.keys(body.fieldErrors!)).toEqual(["_"]);
    expect(body.error).toMatch(/^Invalid request body\. /);
  });

  it("answers the same bad input in French: the summary, zod's own messages and the coded ones", () => {
    const error = refusal(() => parseOrThrow(schema, { version: "x", answers: [], extra: 1 }, "validation.body", "fr"));
    const body = errorBody(error, "fr");
    expect(body.code).toBe("validation.body");
    expect(body.error).not.toContain("Invalid request body");
    expect(body.fieldErrors!.version![0]).not.toMatch(/expected/i);
    expect(body.fieldErrors!.extra![0]).toContain("extra");
    expect(body.fieldErrors!.extra![0]).not.toContain("Unknown field");
  });

  it("carries the version to rebase on and the details a client needs", () => {
    const error = new AppError("conflict.version", {
      params: { version: 3, current: 5 },
      currentVersion: 5,
      details: { unanswered: ["A"] },
    });
    expect(errorBody(error, "en")).toEqual({
      code: "conflict.version",
      error: expect.stringContaining("version 5"),
      currentVersion: 5,
      unanswered: ["A"],
    });
  });

  it("writes a schema message that is a code in the reader's language", () => {
    const coded = z.object({ a: z.string().min(3, "validation.passwords_differ") });
    const [problem] = zodProblems(coded.safeParse({ a: "x" }).error!);
    expect(problem!.code).toBe("validation.passwords_differ");
  });
});
