import { describe, expect, it } from "vitest";
import { CURRENT_FRAMEWORK } from "../framework";
import { scoreAssessment } from "../scoring";
import { demoCapacity, demoStatus, generateDemoAnswers } from "./generate";

describe("demo data generator", () => {
  it("is deterministic for the same state, cycle and seed", () => {
    const a = generateDemoAnswers(CURRENT_FRAMEWORK, "KEN", 2025);
    const b = generateDemoAnswers(CURRENT_FRAMEWORK, "KEN", 2025);
    expect(a).toEqual(b);
    expect(generateDemoAnswers(CURRENT_FRAMEWORK, "KEN", 2025, { seed: 7 })).not.toEqual(a);
  });

  it("answers every question with a valid option when complete, and evidence only as http(s) URLs", () => {
    const answers = generateDemoAnswers(CURRENT_FRAMEWORK, "BRA", 2026);
    expect(answers).toHaveLength(CURRENT_FRAMEWORK.questions.length);
    for (const a of answers) {
      const q = CURRENT_FRAMEWORK.questions.find((x) => x.id === a.questionId)!;
      expect(q.options.map((o) => o.value)).toContain(a.value);
      for (const url of a.evidence) expect(url).toMatch(/^https:\/\//);
    }
  });

  it("leaves questions unanswered in proportion to the requested completion", () => {
    const answers = generateDemoAnswers(CURRENT_FRAMEWORK, "IND", 2026, { completion: 0.5 });
    const share = answers.length / CURRENT_FRAMEWORK.questions.length;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.7);
  });

  it("produces varied scores across states, rising with capacity", () => {
    const states = ["KEN", "BRA", "EST", "FJI", "MLI", "CAN", "KAZ", "EGY", "IND", "TUV"];
    const scores = states.map(
      (s) => scoreAssessment(CURRENT_FRAMEWORK, generateDemoAnswers(CURRENT_FRAMEWORK, s, 2026)).overall,
    );
    expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThan(25);
    const byCapacity = states.map((s, i) => [demoCapacity(s, 2026), scores[i]!] as const).sort((a, b) => a[0] - b[0]);
    expect(byCapacity[byCapacity.length - 1]![1]).toBeGreaterThan(byCapacity[0]![1]);
  });

  it("gives the open cycle a mix of statuses and closed cycles mostly validated", () => {
    const iso3s = Array.from({ length: 200 }, (_, i) => `S${String(i).padStart(2, "0")}`);
    const open = new Set(iso3s.map((s) => demoStatus(s, 2026, 2026)));
    expect(open).toEqual(new Set(["validated", "submitted", "returned", "draft", "not_started"]));
    const closed = iso3s.map((s) => demoStatus(s, 2025, 2026));
    expect(closed.filter((s) => s === "validated").length).toBeGreaterThan(160);
    expect(new Set(closed)).toEqual(new Set(["validated", "not_started"]));
  });
});
