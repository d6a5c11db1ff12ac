import { describe, expect, it } from "vitest";
import { FIXTURE_FRAMEWORK } from "../scoring/fixtures";
import { nextTier } from "./tiers";

describe("nextTier", () => {
  it("names the tier just above and the points still needed", () => {
    const next = nextTier(FIXTURE_FRAMEWORK, 45.5);
    expect(next?.tier).toMatchObject({ level: 3, name: "Establishing" });
    expect(next?.points).toBeCloseTo(9.5, 12);
  });

  it("is null at the top tier", () => {
    expect(nextTier(FIXTURE_FRAMEWORK, 95)).toBeNull();
    expect(nextTier(FIXTURE_FRAMEWORK, 100)).toBeNull();
  });

  it("treats a score a hair below a threshold as on it, as tierFor does", () => {
    expect(nextTier(FIXTURE_FRAMEWORK, 54.99999999999999)?.tier.level).toBe(2);
    expect(nextTier(FIXTURE_FRAMEWORK, 0)?.tier.level).toBe(4);
  });
});
