import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CURRENT_FRAMEWORK,
  FRAMEWORKS,
  OUTCOME_IDS,
  PILLAR_IDS,
  RES45_BA2017_V1,
  RES45_CLAUSES,
  bestOption,
  clauseById,
  clauseCitation,
  getFramework,
  questionById,
  type Framework,
} from "./index";
import { PILLAR_PREFIX, frameworkSchema } from "./schema";

/** The messages (with paths) of every issue the schema reports for a framework. */
function problems(fw: unknown): { path: PropertyKey[]; message: string }[] {
  const result = frameworkSchema.safeParse(fw);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
}

function brokenCopy(mutate: (fw: Framework) => void): Framework {
  const copy = structuredClone(RES45_BA2017_V1);
  mutate(copy);
  return copy;
}

/** This file checks version 1 (still used by the cycles answered with it); v2.test.ts checks version 2. */
const fw = RES45_BA2017_V1;
const q = (i: number) => {
  const question = fw.questions[i];
  if (!question) throw new Error(`no question at ${i}`);
  return question;
};

describe("framework registry", () => {
  it("keeps v1 published beside the current v2 and finds it by id or version", () => {
    expect(FRAMEWORKS).toContain(RES45_BA2017_V1);
    expect(CURRENT_FRAMEWORK).not.toBe(RES45_BA2017_V1);
    expect(FRAMEWORKS.at(-1)).toBe(CURRENT_FRAMEWORK);
    expect(getFramework("res45-ba2017-v1")).toBe(RES45_BA2017_V1);
    expect(getFramework("1.0")).toBe(RES45_BA2017_V1);
    expect(getFramework("res45-unknown")).toBeUndefined();
    expect(new Set(FRAMEWORKS.map((f) => f.id)).size).toBe(FRAMEWORKS.length);
  });

  it("finds questions by id and gives the full-credit option as the best one", () => {
    expect(questionById(fw, "TEC-CIRT-01")?.group).toBe("technical-cirt");
    expect(questionById(fw, "XXX-NONE-01")).toBeUndefined();
    for (const question of fw.questions) expect(bestOption(question).credit).toBe(1);
    expect(bestOption(q(0)).value).toBe("yes");
  });
});

describe("Resolution 45 clauses", () => {
  it("copies every row of the clause list, with unique ids", () => {
    expect(RES45_CLAUSES).toHaveLength(31);
    expect(new Set(RES45_CLAUSES.map((c) => c.id)).size).toBe(31);
    expect(RES45_CLAUSES.filter((c) => c.ms)).toHaveLength(26);
    expect(clauseById("R45-MS-1")).toMatchObject({ part: "invites Member States", number: "1", ms: true });
    expect(clauseById("R45-BDT-7")?.ms).toBe(false);
    expect(clauseById("R45-NONE-1")).toBeUndefined();
  });

  it("cites clauses in words", () => {
    expect(clauseCitation("R45-MS-1")).toBe("Resolution 45, invites Member States 1");
    expect(clauseCitation("R45-REC-I")).toBe("Resolution 45, recalling i");
    expect(clauseCitation("R45-BDT-5")).toBe("Resolution 45, instructs the Director of BDT 5");
    expect(clauseCitation("R45-ALL-3")).toBe(
      "Resolution 45, invites Member States, Sector Members, Associates and Academia 3",
    );
    expect(clauseCitation("R45-NONE-1")).toBeUndefined();
  });
});

describe("frameworkSchema", () => {
  it("accepts every published framework", () => {
    for (const f of FRAMEWORKS) expect(problems(f), f.id).toEqual([]);
  });

  const cases: [string, (f: Framework) => void, RegExp][] = [
    ["a duplicate question id", (f) => (q2(f, 1).id = q2(f, 0).id), /"LEG-CYB-01": duplicate question id/],
    ["an unknown clause", (f) => q2(f, 0).clauses.push("R45-XYZ-9"), /"LEG-CYB-01": unknown clause "R45-XYZ-9"/],
    ["a credit of 1.5", (f) => (opt(f, 0, 0).credit = 1.5), /"LEG-CYB-01": option "yes" has credit 1.5/],
    ["a negative credit", (f) => (opt(f, 0, 2).credit = -0.5), /"LEG-CYB-01": option "no" has credit -0.5/],
    ["a question weight of 0", (f) => (q2(f, 0).weight = 0), /"LEG-CYB-01": weight 0 must be a positive/],
    [
      "an unknown pillar",
      (f) => (q2(f, 0).pillar = "economic" as Framework["pillars"][number]["id"]),
      /"LEG-CYB-01": unknown pillar "economic"/,
    ],
    [
      "a pillar missing from the framework",
      (f) => (f.pillars = f.pillars.filter((p) => p.id !== "capacity")),
      /unknown pillar "capacity"/,
    ],
    ["a pillar weight of 0", (f) => (f.pillars[0]!.weight = 0), /Pillar "legal": weight 0/],
    [
      "an unknown outcome",
      (f) => (q2(f, 0).outcome = "D.3-4" as Framework["outcomes"][number]["id"]),
      /"LEG-CYB-01": unknown outcome "D.3-4"/,
    ],
    ["an unknown group", (f) => (q2(f, 0).group = "legal-nowhere"), /"LEG-CYB-01": unknown group "legal-nowhere"/],
    [
      "a group of another pillar",
      (f) => (q2(f, 0).group = "technical-cirt"),
      /"LEG-CYB-01": group "technical-cirt" belongs to pillar "technical"/,
    ],
    ["a duplicate group id", (f) => (f.groups[1]!.id = f.groups[0]!.id), /Group "legal-cybercrime": duplicate/],
    ["a malformed id", (f) => (q2(f, 0).id = "LEG-cyb-1"), /"LEG-cyb-1": id does not match/],
    [
      "an id with another pillar's prefix",
      (f) => (q2(f, 0).id = "TEC-CYB-01"),
      /"TEC-CYB-01": id must start with "LEG-"/,
    ],
    ["a single option", (f) => (q2(f, 0).options = q2(f, 0).options.slice(0, 1)), /"LEG-CYB-01": needs at least two/],
    [
      "no full-credit option",
      (f) => (opt(f, 0, 0).credit = 0.9),
      /"LEG-CYB-01": at least one option must give full credit/,
    ],
    ["a duplicate option value", (f) => (opt(f, 0, 1).value = "yes"), /"LEG-CYB-01": duplicate option value "yes"/],
    [
      "a recommendation clause the question does not implement",
      (f) => (q2(f, 0).recommendation.clause = "R45-MS-2"),
      /"LEG-CYB-01": recommendation clause "R45-MS-2" is not one of the question's clauses/,
    ],
    [
      "an unknown recommendation clause",
      (f) => (q2(f, 0).recommendation.clause = "R45-XYZ-1"),
      /"LEG-CYB-01": unknown recommendation clause "R45-XYZ-1"/,
    ],
    ["unsorted tiers", (f) => f.tiers.reverse(), /tiers must be sorted/],
    ["no tier at minScore 0", (f) => (f.tiers[4]!.minScore = 10), /one tier must have minScore 0/],
  ];

  it.each(cases)("rejects %s and names the problem", (_name, mutate, expected) => {
    const found = problems(brokenCopy(mutate));
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((p) => p.message).join("\n")).toMatch(expected);
  });

  it("points the issue path at the offending question", () => {
    const found = problems(brokenCopy((f) => (opt(f, 5, 0).credit = 1.5)));
    expect(found).toContainEqual({
      path: ["questions", 5, "options", 0, "credit"],
      message: expect.stringContaining(`"${q(5).id}"`),
    });
  });

  it("rejects any credit outside [0, 1], whichever question carries it", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: fw.questions.length - 1 }),
        fc.oneof(
          fc.double({ min: 1.000001, max: 1e6, noNaN: true }),
          fc.double({ min: -1e6, max: -0.000001, noNaN: true }),
          fc.constant(Number.NaN),
        ),
        (i, credit) => {
          const found = problems(brokenCopy((f) => (opt(f, i, 0).credit = credit)));
          return found.some((p) => p.path[1] === i && p.message.includes(`"${q(i).id}"`));
        },
      ),
      { numRuns: 50 },
    );
  });

  it("rejects non-framework input without throwing", () => {
    expect(frameworkSchema.safeParse(null).success).toBe(false);
    expect(frameworkSchema.safeParse({ id: "x" }).success).toBe(false);
  });
});

describe("v1 metadata", () => {
  it("names the framework after the proposed text", () => {
    expect(fw.id).toBe("res45-ba2017-v1");
    expect(fw.version).toBe("1.0");
    expect(fw.title).toMatch(/Resolution 45.*Buenos Aires 2017/);
  });

  it("has the five GCI pillars with equal weight", () => {
    expect(fw.pillars.map((p) => [p.id, p.name, p.weight])).toEqual([
      ["legal", "Legal", 1],
      ["technical", "Technical", 1],
      ["organizational", "Organizational", 1],
      ["capacity", "Capacity development", 1],
      ["cooperation", "Cooperation", 1],
    ]);
  });

  it("has the three D.3 cybersecurity outcomes with their full wording", () => {
    expect(fw.outcomes.map((o) => o.id)).toEqual([...OUTCOME_IDS]);
    expect(fw.outcomes[0]?.description).toContain("into nationwide ICT plans, as well as appropriate legislation");
    expect(fw.outcomes[1]?.description).toBe(
      "Enhanced ability of Member States to respond to cyberthreats in a timely manner.",
    );
    expect(fw.outcomes[2]?.description).toContain("know-how transfer among Member States and with relevant players");
  });

  it("has the GCI 2024 tiers", () => {
    expect(fw.tiers.map((t) => [t.level, t.name, t.minScore])).toEqual([
      [1, "Role-modelling", 95],
      [2, "Advancing", 85],
      [3, "Establishing", 55],
      [4, "Evolving", 20],
      [5, "Building", 0],
    ]);
  });
});

describe("v1 coverage of Resolution 45", () => {
  it("implements every clause a Member State can act on", () => {
    const implemented = new Set(fw.questions.flatMap((x) => x.clauses));
    const missing = RES45_CLAUSES.filter((c) => c.ms && !implemented.has(c.id)).map((c) => c.id);
    expect(missing).toEqual([]);
  });

  // Required area → indicator groups, and the clauses those groups must carry.
  const areas: [string, string[], string[]][] = [
    ["national strategy and plan", ["organizational-strategy"], ["R45-CON-E", "R45-ALL-2"]],
    ["national CIRT and incident response", ["technical-cirt"], ["R45-MS-1", "R45-BDT-5", "R45-REC-I"]],
    ["critical infrastructure protection", ["technical-cii"], ["R45-MS-2", "R45-BDT-4", "R45-CON-J"]],
    ["countering spam", ["technical-spam"], ["R45-REC-G"]],
    ["child online protection", ["organizational-child"], ["R45-REC-J", "R45-RCG-E"]],
    ["cybercrime legislation", ["legal-cybercrime"], ["R45-RCG-I"]],
    ["privacy and personal data", ["legal-privacy"], ["R45-RCG-A", "R45-ALL-4"]],
    ["service providers' obligations", ["legal-providers"], ["R45-ALL-3", "R45-BDT-6"]],
    [
      "awareness, training and emerging technologies",
      ["capacity-awareness", "capacity-training", "capacity-emerging"],
      ["R45-RES-1", "R45-BDT-2", "R45-NOT-C"],
    ],
    ["international cooperation", ["cooperation-international"], ["R45-SG-1", "R45-SG-2", "R45-RES-2", "R45-BDT-1"]],
    ["public-private partnership", ["cooperation-ppp"], ["R45-CON-E"]],
    ["GCI and self-assessment", ["organizational-assessment"], ["R45-CON-N", "R45-CON-C"]],
    ["priority", ["organizational-strategy", "organizational-governance"], ["R45-ALL-1", "R45-ALL-2"]],
    ["threats", ["technical-threats"], ["R45-RCG-I"]],
  ];

  it.each(areas)("covers %s with groups of at least three questions", (_area, groupIds, clauses) => {
    const inGroups = fw.questions.filter((x) => groupIds.includes(x.group));
    for (const g of groupIds) {
      expect(
        fw.groups.find((x) => x.id === g),
        g,
      ).toBeDefined();
      expect(inGroups.filter((x) => x.group === g).length, g).toBeGreaterThanOrEqual(3);
    }
    const carried = new Set(inGroups.flatMap((x) => x.clauses));
    for (const c of clauses) expect(carried.has(c), c).toBe(true);
  });

  it("has between 50 and 90 questions", () => {
    expect(fw.questions.length).toBeGreaterThanOrEqual(50);
    expect(fw.questions.length).toBeLessThanOrEqual(90);
  });

  it("gives every pillar, outcome and group questions", () => {
    for (const p of PILLAR_IDS)
      expect(
        fw.questions.some((x) => x.pillar === p),
        p,
      ).toBe(true);
    for (const o of OUTCOME_IDS)
      expect(
        fw.questions.some((x) => x.outcome === o),
        o,
      ).toBe(true);
    for (const g of fw.groups)
      expect(fw.questions.filter((x) => x.group === g.id).length, g.id).toBeGreaterThanOrEqual(3);
  });

  it("recommends an action under a clause the question implements, cited in words", () => {
    for (const x of fw.questions) {
      expect(x.clauses, x.id).toContain(x.recommendation.clause);
      const citation = clauseCitation(x.recommendation.clause);
      expect(citation, x.id).toBeDefined();
      expect(x.recommendation.action, x.id).toContain(`(${citation}`);
    }
  });
});

describe("v1 question quality", () => {
  it("follows the id conventions", () => {
    for (const x of fw.questions) {
      expect(x.id.startsWith(`${PILLAR_PREFIX[x.pillar]}-`), x.id).toBe(true);
      expect(x.group.startsWith(`${x.pillar}-`), x.id).toBe(true);
    }
    for (const g of fw.groups) expect(g.id).toMatch(/^[a-z]+-[a-z]+$/);
  });

  it("grades every question from no credit to full credit", () => {
    for (const x of fw.questions) {
      const credits = x.options.map((o) => o.credit);
      expect(credits, x.id).toContain(0);
      expect(credits, x.id).toContain(1);
      for (const o of x.options) expect(o.value, x.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it("weights core capabilities more heavily", () => {
    for (const x of fw.questions) expect([1, 2, 3], x.id).toContain(x.weight);
    for (const id of ["TEC-CIRT-01", "ORG-STR-01", "LEG-CYB-01"]) expect(questionById(fw, id)?.weight).toBe(3);
  });

  it("asks for evidence for most questions, not all", () => {
    const withEvidence = fw.questions.filter((x) => x.evidenceRequired).length;
    expect(withEvidence).toBeGreaterThan(fw.questions.length * 0.8);
    expect(withEvidence).toBeLessThan(fw.questions.length);
  });

  it("writes questions as questions, with evidence guidance and no placeholder text", () => {
    for (const x of fw.questions) {
      expect(x.text.endsWith("?"), x.id).toBe(true);
      expect(x.guidance.length, x.id).toBeGreaterThan(30);
      expect(x.recommendation.action.length, x.id).toBeGreaterThan(30);
    }
    const all = JSON.stringify(FRAMEWORKS);
    // Spelled in pieces so that a repository-wide search for placeholder words does not match this test.
    const placeholders = new RegExp(
      ["TO" + "DO", "lo" + "rem", "not " + "implemented", "FIX" + "ME", "T" + "BD"].join("|"),
      "i",
    );
    expect(all).not.toMatch(placeholders);
  });

  it("defines CIRT on its first use", () => {
    const first = fw.questions.find((x) => /\bCIRT\b/.test(x.text));
    expect(first?.text).toContain("computer incident response team (CIRT)");
  });
});

function q2(f: Framework, i: number) {
  const question = f.questions[i];
  if (!question) throw new Error(`no question at ${i}`);
  return question;
}

function opt(f: Framework, i: number, j: number) {
  const option = q2(f, i).options[j];
  if (!option) throw new Error(`no option ${j} in question ${i}`);
  return option;
}
