import { describe, expect, it } from "vitest";
import type { Framework } from "../framework/types";
import { CREDIT_SCALE, creditColour, formatCredit, heatmapMatrix } from "./heatmap";

const option = (value: string, credit: number) => ({ value, label: value, credit });
const question = (id: string, pillar: "legal" | "technical", evidenceRequired: boolean) => ({
  id,
  pillar,
  group: "g",
  outcome: "D.3-1" as const,
  clauses: [],
  text: `Question ${id}?`,
  guidance: "",
  options: [option("yes", 1), option("partial", 0.5), option("no", 0)],
  weight: 1,
  evidenceRequired,
  recommendation: { action: "", clause: "" },
});
const framework: Framework = {
  id: "test",
  version: "1",
  title: "Test",
  pillars: [
    { id: "legal", name: "Legal", description: "", weight: 1 },
    { id: "technical", name: "Technical", description: "", weight: 1 },
  ],
  outcomes: [{ id: "D.3-1", name: "Policies", description: "" }],
  tiers: [{ level: 5, name: "Building", minScore: 0 }],
  groups: [],
  questions: [question("L1", "legal", true), question("L2", "legal", false), question("T1", "technical", false)],
};

describe("heat map matrix", () => {
  const matrix = heatmapMatrix(
    framework,
    [
      { iso3: "ZZZ", name: "Zeta" },
      { iso3: "AAA", name: "Alpha" },
    ],
    [
      { iso3: "AAA", questionId: "L1", value: "yes", evidence: ["https://gov.example/law"] },
      { iso3: "ZZZ", questionId: "L1", value: "yes", evidence: [] },
      { iso3: "AAA", questionId: "L2", value: "partial", evidence: [] },
      { iso3: "ZZZ", questionId: "L2", value: null, evidence: [] },
      { iso3: "AAA", questionId: "T1", value: "no", evidence: [] },
      { iso3: "AAA", questionId: "UNKNOWN", value: "yes", evidence: [] },
    ],
  );

  it("has the states as columns by name and the questions as rows by pillar", () => {
    expect(matrix.states.map((s) => s.iso3)).toEqual(["AAA", "ZZZ"]);
    expect(matrix.pillars.map((p) => [p.id, p.rows.map((r) => r.questionId)])).toEqual([
      ["legal", ["L1", "L2"]],
      ["technical", ["T1"]],
    ]);
  });

  it("fills each cell with the effective credit (halved without required evidence), null when unanswered", () => {
    const [legal, technical] = matrix.pillars;
    expect(legal?.rows[0]?.credits).toEqual([1, 0.5]);
    expect(legal?.rows[1]?.credits).toEqual([0.5, null]);
    expect(technical?.rows[0]?.credits).toEqual([0, null]);
  });

  it("averages each question over the states that answered it", () => {
    const [legal, technical] = matrix.pillars;
    expect(legal?.rows[0]?.mean).toBe(0.75);
    expect(legal?.rows[1]?.mean).toBe(0.5);
    expect(technical?.rows[0]?.mean).toBe(0);
    expect(heatmapMatrix(framework, [], []).pillars[0]?.rows[0]).toMatchObject({ credits: [], mean: null });
  });
});

describe("credit colours", () => {
  it("hits each stop exactly and is clamped outside [0, 1]", () => {
    const hex = (rgb: readonly number[]) => `#${rgb.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
    for (const stop of CREDIT_SCALE) expect(creditColour(stop.at)).toBe(hex(stop.rgb));
    expect(creditColour(-3)).toBe(creditColour(0));
    expect(creditColour(7)).toBe(creditColour(1));
  });

  it("interpolates between stops and gets darker as credit grows", () => {
    // Halfway between the stops at 0.5 (#41b6c4) and 0.75 (#2c7fb8).
    expect(creditColour(0.625)).toBe("#379bbe");
    const lightness = (c: string) => [1, 3, 5].reduce((sum, i) => sum + parseInt(c.slice(i, i + 2), 16), 0);
    const steps = [0, 0.125, 0.25, 0.3, 0.5, 0.6, 0.75, 0.9, 1].map((c) => lightness(creditColour(c)));
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeLessThan(steps[i - 1]!);
  });

  it("shows credits with two decimals", () => {
    expect(formatCredit(0.5)).toBe("0.50");
    expect(formatCredit(0.125)).toBe("0.13");
  });
});
