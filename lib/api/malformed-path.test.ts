import { describe, expect, it } from "vitest";
import { malformedPathError } from "./malformed-path";
import { ENDPOINTS } from "./openapi";

const templates = ENDPOINTS.map((e) => e.path);

describe("malformedPathError", () => {
  it("accepts paths whose segments decode, including encoded unicode and slashes", () => {
    expect(malformedPathError("/api/v1/assessments/KEN/2026", templates)).toBeNull();
    expect(malformedPathError("/api/v1/assessments/%E2%80%AE%2F/2026/audit", templates)).toBeNull();
  });

  it("names the documented parameter at the malformed segment", () => {
    expect(malformedPathError("/api/v1/assessments/%ZZ/2026/submit", templates)).toEqual({
      code: "validation.path",
      error: 'Invalid path. iso3: "%ZZ" is not valid percent-encoded UTF-8',
      fieldErrors: { iso3: ['"%ZZ" is not valid percent-encoded UTF-8'] },
    });
    expect(malformedPathError("/api/v1/cycles/%C3%28/scores.csv", templates)?.fieldErrors).toHaveProperty("cycle");
    expect(malformedPathError("/api/v1/assessments/KEN/%/answers.json", templates)?.fieldErrors).toHaveProperty(
      "cycle",
    );
  });

  it("falls back to `path` where no documented endpoint matches", () => {
    expect(malformedPathError("/states/%ZZ/2026", templates)?.fieldErrors).toHaveProperty("path");
  });
});
