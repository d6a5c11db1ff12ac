import { z } from "zod";
import { describe, expect, it } from "vitest";
import { describeZodError } from "./errors";

describe("describeZodError", () => {
  const schema = z.strictObject({ version: z.number(), answers: z.array(z.strictObject({ id: z.string() })) });

  it("names an unknown key at its own path, hostile names included", () => {
    const input = JSON.parse('{"version":1,"answers":[{"id":"a","constructor":1}],"__proto__":{"x":1}}');
    const body = describeZodError(schema.safeParse(input).error!, "Invalid request body");
    // Entries, not an object literal: `{ __proto__: … }` in a literal would set the prototype.
    expect(Object.entries(body.fieldErrors!)).toEqual([
      ["answers.0.constructor", ['Unknown field "constructor"']],
      ["__proto__", ['Unknown field "__proto__"']],
    ]);
    expect(JSON.stringify(body.fieldErrors)).toContain('"__proto__":');
    expect(body.error).toBe(
      'Invalid request body. answers.0.constructor: Unknown field "constructor" __proto__: Unknown field "__proto__"',
    );
  });

  it("puts problems of the whole input under `_`", () => {
    const body = describeZodError(schema.safeParse([]).error!, "Invalid request body");
    expect(Object.keys(body.fieldErrors!)).toEqual(["_"]);
    expect(body.error).toMatch(/^Invalid request body\. /);
  });
});
