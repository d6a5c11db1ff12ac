import { describe, expect, it } from "vitest";
import { consentIsOpen, isPublished, OPEN_DATA_LICENCE, publishedCycles, strengthsAndGrowth } from "./publication";

const now = new Date("2026-06-01T12:00:00Z");

describe("publication of a cycle", () => {
  it("is public only once a date is set and has passed", () => {
    expect(isPublished(null, now)).toBe(false);
    expect(isPublished(new Date("2026-06-01T12:00:01Z"), now)).toBe(false);
    expect(isPublished(new Date("2026-06-01T12:00:00Z"), now)).toBe(true);
    expect(isPublished(new Date("2025-01-01T00:00:00Z"), now)).toBe(true);
  });

  it("lets a state change its consent until the date", () => {
    expect(consentIsOpen(null, now)).toBe(true);
    expect(consentIsOpen(new Date("2026-07-01T00:00:00Z"), now)).toBe(true);
    expect(consentIsOpen(new Date("2026-05-01T00:00:00Z"), now)).toBe(false);
  });

  it("lists the published cycles newest first", () => {
    expect(
      publishedCycles(
        [
          { cycle: 2024, publishAt: new Date("2025-02-01T00:00:00Z") },
          { cycle: 2025, publishAt: new Date("2026-02-01T00:00:00Z") },
          { cycle: 2023, publishAt: null },
          { cycle: 2022, publishAt: new Date("2027-01-01T00:00:00Z") },
        ],
        now,
      ),
    ).toEqual([2025, 2024]);
  });

  it("names CC BY 4.0 as the open data licence", () => {
    expect(OPEN_DATA_LICENCE.id).toBe("CC-BY-4.0");
  });
});

describe("strengthsAndGrowth", () => {
  const order = ["legal", "technical", "organizational", "capacity", "cooperation"];

  it("measures pillars against the state's own mean", () => {
    expect(
      strengthsAndGrowth({ legal: 20, technical: 60, organizational: 40, capacity: 10, cooperation: 70 }, order),
    ).toEqual({ strengths: ["cooperation", "technical"], growth: ["capacity", "legal"] });
  });

  it("has neither when every pillar scores the same, and skips missing pillars", () => {
    expect(strengthsAndGrowth({ legal: 50, technical: 50 }, order)).toEqual({ strengths: [], growth: [] });
    expect(strengthsAndGrowth({}, order)).toEqual({ strengths: [], growth: [] });
  });

  it("keeps the questionnaire's order on ties and caps the count", () => {
    expect(strengthsAndGrowth({ legal: 80, technical: 80, organizational: 80, capacity: 0 }, order, 2)).toEqual({
      strengths: ["legal", "technical"],
      growth: ["capacity"],
    });
  });
});
