import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreAssessment } from "../scoring";
import { questionCredit } from "../scoring/score";
import type { AnswerInput } from "../scoring/types";
import {
  CURRENT_FRAMEWORK,
  FRAMEWORK_V2,
  RES45_BA2017_V1,
  RES45_CLAUSES,
  clauseCitation,
  getFramework,
  pillarWeightSums,
  questionById,
} from "./index";
import { formatPoints, questionPoints } from "./points";
import { frameworkSchema } from "./schema";
import { LADDERS } from "./v2/ladders";

const fw = FRAMEWORK_V2;
const q = (id: string) => {
  const found = questionById(fw, id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

describe("v2 registration", () => {
  it("is published beside v1, found by id and version, and current for new assessments", () => {
    expect(getFramework("res45-ba2017-v2")).toBe(fw);
    expect(getFramework("2.0")).toBe(fw);
    expect(CURRENT_FRAMEWORK).toBe(fw);
    expect(frameworkSchema.safeParse(fw).success).toBe(true);
  });

  it("leaves v1 without points and unchanged in its option order", () => {
    expect(RES45_BA2017_V1.questions.every((x) => x.points === undefined)).toBe(true);
    expect(questionById(RES45_BA2017_V1, "ORG-STR-01")?.options[0]?.value).toBe("none");
  });
});

describe("v2 citations", () => {
  it("cites every clause a Member State can act on", () => {
    const cited = new Set(fw.questions.flatMap((x) => x.clauses));
    expect(RES45_CLAUSES.filter((c) => c.ms && !cited.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  it("has no question that cites only the catch-all clauses ALL-1 and ALL-2", () => {
    const catchAll = new Set(["R45-ALL-1", "R45-ALL-2"]);
    expect(fw.questions.filter((x) => x.clauses.every((c) => catchAll.has(c))).map((x) => x.id)).toEqual([]);
  });

  it("fixes the citations issue 15 names", () => {
    expect(q("LEG-CYB-02").clauses).not.toContain("R45-RCG-A");
    expect(q("LEG-CYB-07").clauses).not.toContain("R45-SG-1");
    expect(q("TEC-CIRT-03").clauses).not.toContain("R45-BDT-5");
    expect(q("TEC-STD-01").clauses).not.toContain("R45-RES-1");
    expect(q("CAP-EMT-03").clauses).not.toContain("R45-NOT-C");
    expect(q("ORG-STR-04").clauses).not.toContain("R45-NOT-C");
  });

  it("recommends under a clause the question cites, cited in words", () => {
    for (const x of fw.questions) {
      expect(x.clauses, x.id).toContain(x.recommendation.clause);
      expect(x.recommendation.action, x.id).toContain(`(${clauseCitation(x.recommendation.clause)}`);
    }
  });
});

describe("v2 options", () => {
  it("lists options best first, from full credit to none", () => {
    for (const x of fw.questions) {
      const credits = x.options.map((o) => o.credit);
      expect(credits[0], x.id).toBe(1);
      expect(credits[credits.length - 1], x.id).toBe(0);
      for (let i = 1; i < credits.length; i++) expect(credits[i]!, x.id).toBeLessThan(credits[i - 1]!);
    }
  });

  it("uses one ladder per kind: every question of a shared ladder has exactly its options", () => {
    const byId = new Map(LADDERS.map((l) => [l.id, l]));
    for (const x of fw.questions) {
      expect(x.ladder, x.id).toBeDefined();
      if (x.ladder === "own") continue;
      const l = byId.get(x.ladder!);
      expect(l, x.id).toBeDefined();
      expect(x.options, x.id).toEqual(l!.options);
    }
    // Each ladder's options are defined once: no two ladders share the same value list.
    const signatures = LADDERS.map((l) => l.options.map((o) => `${o.value}:${o.credit}`).join(","));
    expect(new Set(signatures).size).toBe(LADDERS.length);
    // The stage ladder serves the strategy and the CIRT alike (v1 had two four-stage ladders).
    expect(q("ORG-STR-01").ladder).toBe("stage");
    expect(q("TEC-CIRT-01").ladder).toBe("stage");
  });

  it("writes questions as questions with evidence guidance", () => {
    for (const x of fw.questions) {
      expect(x.text.endsWith("?"), x.id).toBe(true);
      expect(x.guidance.length, x.id).toBeGreaterThan(30);
    }
  });
});

describe("v2 content", () => {
  it("adds the GCI content v1 lacked, each with evidence guidance", () => {
    const added: [string, RegExp][] = [
      ["TEC-CIRT-09", /government CIRT/],
      ["TEC-CIRT-10", /report a cybersecurity incident/],
      ["TEC-CIRT-11", /coordinated vulnerability disclosure/],
      ["TEC-CIRT-07", /early warnings/],
      ["LEG-CYB-02", /procedural powers/],
      ["LEG-CYB-11", /mutual legal assistance/],
      ["LEG-CYB-09", /identity theft/],
      ["LEG-CYB-10", /fraud/],
      ["CAP-AWR-04", /children/],
      ["CAP-AWR-05", /older persons/],
      ["CAP-AWR-06", /persons with disabilities/],
      ["COP-INT-01", /bilateral/],
      ["COP-INT-09", /multilateral/],
    ];
    for (const [id, pattern] of added) {
      expect(q(id).text, id).toMatch(pattern);
      expect(q(id).evidenceRequired, id).toBe(true);
    }
  });

  it("has every group with at least three questions, and between 50 and 90 questions", () => {
    for (const g of fw.groups)
      expect(fw.questions.filter((x) => x.group === g.id).length, g.id).toBeGreaterThanOrEqual(3);
    expect(fw.questions.length).toBeGreaterThanOrEqual(50);
    expect(fw.questions.length).toBeLessThanOrEqual(90);
  });
});

describe("v2 points", () => {
  it("sums to exactly 100, 20 per pillar (tolerance 1e-9), derived from the weights", () => {
    const total = fw.questions.reduce((s, x) => s + x.points!, 0);
    expect(Math.abs(total - 100)).toBeLessThan(1e-9);
    for (const p of fw.pillars) {
      const sum = fw.questions.filter((x) => x.pillar === p.id).reduce((s, x) => s + x.points!, 0);
      expect(Math.abs(sum - 20), p.id).toBeLessThan(1e-9);
    }
    const sums = pillarWeightSums(fw);
    for (const x of fw.questions) {
      expect(x.points).toBe(questionPoints(fw, x));
      expect(Math.abs(x.points! - (20 * x.weight) / sums[x.pillar]!)).toBeLessThan(1e-12);
    }
  });

  it("is monotonic in weight across the whole framework: a heavier question is always worth more", () => {
    for (const a of fw.questions)
      for (const b of fw.questions)
        if (a.weight > b.weight) expect(a.points!, `${a.id} vs ${b.id}`).toBeGreaterThan(b.points!);
  });

  it("is listed in docs/methodology.md with its weight and points (npx tsx scripts/generate-methodology-table.ts)", () => {
    const doc = readFileSync(new URL("../../docs/methodology.md", import.meta.url), "utf8");
    for (const x of fw.questions)
      expect(doc, x.id).toMatch(
        new RegExp(
          `\\| ${x.id} \\|[^\\n]*\\| ${x.outcome} \\| ${x.weight} \\| ${formatPoints(x.points!).replace(".", "\\.")} \\|`,
        ),
      );
  });

  it("rounds for display to two decimals", () => {
    expect(formatPoints(20 / 11)).toBe("1.82");
    expect(formatPoints(0.125)).toBe("0.13");
    expect(formatPoints(20 / 11, "fr")).toBe("1,82");
    expect(formatPoints(20 / 11, "ar")).toBe("1.82");
  });

  const answerArb = fc.array(
    fc.record({
      i: fc.nat({ max: fw.questions.length - 1 }),
      o: fc.nat({ max: 3 }),
      evidence: fc.boolean(),
      unanswered: fc.boolean(),
    }),
    { maxLength: 120 },
  );

  it("scores any answer set as the sum of credit × points over the answers (property)", () => {
    fc.assert(
      fc.property(answerArb, (raw) => {
        const answers: AnswerInput[] = raw.map(({ i, o, evidence, unanswered }) => {
          const question = fw.questions[i]!;
          const option = question.options[o % question.options.length]!;
          return {
            questionId: question.id,
            value: unanswered ? null : option.value,
            evidence: evidence ? ["https://example.org/e"] : [],
          };
        });
        // The last answer per question counts, as in the engine.
        const last = new Map<string, AnswerInput>();
        for (const a of answers) last.set(a.questionId, a);
        const expected = fw.questions.reduce((s, x) => s + questionCredit(x, last.get(x.id)) * x.points!, 0);
        const result = scoreAssessment(fw, answers);
        return Math.abs(result.overall - expected) < 1e-9;
      }),
      { numRuns: 300 },
    );
  });
});
