import { describe, expect, it } from "vitest";
import { entityTag, matchesIfNoneMatch } from "./etag";

describe("entity tags", () => {
  it("quotes an opaque token and refuses one that would break the header", () => {
    expect(entityTag("abc-123_x")).toBe('"abc-123_x"');
    expect(() => entityTag('a"b')).toThrow(RangeError);
    expect(() => entityTag("")).toThrow(RangeError);
  });

  it("matches If-None-Match by the tag, a list, a weak form or *", () => {
    const tag = entityTag("v1");
    expect(matchesIfNoneMatch('"v1"', tag)).toBe(true);
    expect(matchesIfNoneMatch('"v0", "v1"', tag)).toBe(true);
    expect(matchesIfNoneMatch('W/"v1"', tag)).toBe(true);
    expect(matchesIfNoneMatch("*", tag)).toBe(true);
  });

  it("does not match another tag, a bare token or no header", () => {
    const tag = entityTag("v1");
    expect(matchesIfNoneMatch('"v2"', tag)).toBe(false);
    expect(matchesIfNoneMatch("v1", tag)).toBe(false);
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
    expect(matchesIfNoneMatch("", tag)).toBe(false);
  });
});
