import { describe, expect, it } from "vitest";
import { schemaRefusal } from "../errors/testing/refusal";
import { bearerToken, formatApiToken, isReadOnlyMethod, parseApiToken } from "./api-token";
import { newApiTokenSchema } from "./api-token.validation";

const ID = "0b6f2c1e-5d7a-4c1b-9e2f-3a4b5c6d7e8f";
const SECRET = "A".repeat(42) + "w";

describe("API token format", () => {
  it("reads back the id and secret it wrote", () => {
    expect(parseApiToken(formatApiToken(ID, SECRET))).toEqual({ id: ID, secret: SECRET });
  });

  it("refuses anything else: another prefix, a short secret, a non-UUID id, trailing text", () => {
    for (const token of [
      `xyz_${ID}_${SECRET}`,
      `r45_${ID}_${SECRET.slice(1)}`,
      `r45_not-a-uuid_${SECRET}`,
      `r45_${ID}_${SECRET}x`,
      "",
    ])
      expect(parseApiToken(token), token).toBeNull();
  });

  it("takes the token of an Authorization: Bearer header only", () => {
    expect(bearerToken("Bearer abc")).toBe("abc");
    expect(bearerToken("bearer  abc ")).toBe("abc");
    expect(bearerToken("Basic dXNlcjpwYXNz")).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });

  it("counts GET, HEAD and OPTIONS as reads and anything else as a change", () => {
    expect(["GET", "head", "OPTIONS"].every(isReadOnlyMethod)).toBe(true);
    expect(["POST", "PATCH", "PUT", "DELETE"].some(isReadOnlyMethod)).toBe(false);
  });
});

describe("a new token's request", () => {
  it("is read-only for 90 days unless asked otherwise", () => {
    expect(newApiTokenSchema.parse({ name: " Power BI " })).toEqual({
      name: "Power BI",
      expiresInDays: 90,
      write: false,
    });
  });

  it("refuses an empty name, an expiry outside 1..365 days and a write flag that is not a boolean, in French", () => {
    const refused = schemaRefusal(newApiTokenSchema, { name: " ", expiresInDays: 366, write: "yes" }, "fr");
    expect(refused.codes).toEqual({
      name: "validation.token_name",
      expiresInDays: "validation.token_expiry",
      write: "validation.token_write",
    });
    expect(refused.fieldErrors.expiresInDays?.[0]).toContain("entre 1 et 365");
  });
});
