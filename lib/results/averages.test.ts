import { describe, expect, it } from "vitest";
import { averageScores } from "./averages";

const KEYS = { pillars: ["legal", "technical"], outcomes: ["D.3-1"] };

describe("averageScores", () => {
  it("is null when no assessment is counted", () => {
    expect(averageScores([], KEYS)).toBeNull();
  });

  it("takes the plain mean of the overall, each pillar and each outcome, and counts the assessments", () => {
    const average = averageScores(
      [
        { overall: 40, pillars: { legal: 30, technical: 50 }, outcomes: { "D.3-1": 10 } },
        { overall: 70, pillars: { legal: 90, technical: 20 }, outcomes: { "D.3-1": 35 } },
        { overall: 100, pillars: { legal: 60, technical: 80 }, outcomes: { "D.3-1": 60 } },
      ],
      KEYS,
    );
    expect(average).toEqual({
      count: 3,
      overall: 70,
      pillars: { legal: 60, technical: 50 },
      outcomes: { "D.3-1": 35 },
    });
  });

  it("averages a pillar over the assessments that have a score for it, and leaves out one nobody has", () => {
    const average = averageScores(
      [
        { overall: 20, pillars: { legal: 10 }, outcomes: {} },
        { overall: 30, pillars: { legal: 30, technical: 80 }, outcomes: {} },
      ],
      KEYS,
    );
    expect(average).toEqual({ count: 2, overall: 25, pillars: { legal: 20, technical: 80 }, outcomes: {} });
  });

  it("ignores scores it was not asked for", () => {
    const average = averageScores([{ overall: 50, pillars: { legal: 50, other: 1 }, outcomes: { "D.3-9": 3 } }], KEYS);
    expect(average?.pillars).toEqual({ legal: 50 });
    expect(average?.outcomes).toEqual({});
  });
});
