/**
 * Small hand-made frameworks for the scoring tests and benchmark. Independent
 * of the real questionnaire (lib/framework/res45-*.ts) on purpose: the numbers
 * here are the worked example of docs/methodology.md.
 */
import type { AnswerOption, Framework, OutcomeId, PillarId, Question, Tier } from "../framework/types";
import type { AnswerInput } from "./types";

export const TIERS: Tier[] = [
  { level: 1, name: "Role-modelling", minScore: 95 },
  { level: 2, name: "Advancing", minScore: 85 },
  { level: 3, name: "Establishing", minScore: 55 },
  { level: 4, name: "Evolving", minScore: 20 },
  { level: 5, name: "Building", minScore: 0 },
];

/** Yes / partly / no: credits 1 / 0.5 / 0. */
export const YES_PARTIAL_NO: AnswerOption[] = [
  { value: "yes", label: "Yes", credit: 1 },
  { value: "partial", label: "Partly", credit: 0.5 },
  { value: "no", label: "No", credit: 0 },
];

/** Four maturity stages: credits 0 / 0.25 / 0.6 / 1. */
export const STAGES: AnswerOption[] = [
  { value: "none", label: "None", credit: 0 },
  { value: "initial", label: "Initial", credit: 0.25 },
  { value: "developing", label: "Developing", credit: 0.6 },
  { value: "mature", label: "Mature", credit: 1 },
];

function question(
  id: string,
  pillar: PillarId,
  outcome: OutcomeId,
  weight: number,
  evidenceRequired: boolean,
  options: AnswerOption[],
): Question {
  return {
    id,
    pillar,
    group: `${pillar}-g1`,
    outcome,
    clauses: ["res45-fixture"],
    text: `Fixture question ${id}`,
    guidance: "Fixture guidance",
    options,
    weight,
    evidenceRequired,
    recommendation: { action: `Improve ${id}`, clause: "res45-fixture" },
  };
}

const PILLARS: [PillarId, string][] = [
  ["legal", "Legal"],
  ["technical", "Technical"],
  ["organizational", "Organizational"],
  ["capacity", "Capacity development"],
  ["cooperation", "Cooperation"],
];

/** 5 pillars (equal weight 1), 3 outcomes, 10 questions: the methodology's worked example. */
export const FIXTURE_FRAMEWORK: Framework = {
  id: "fixture-v1",
  version: "1.0.0",
  title: "Scoring fixture",
  pillars: PILLARS.map(([id, name]) => ({ id, name, description: name, weight: 1 })),
  outcomes: [
    { id: "D.3-1", name: "Outcome 1", description: "Outcome 1" },
    { id: "D.3-2", name: "Outcome 2", description: "Outcome 2" },
    { id: "D.3-3", name: "Outcome 3", description: "Outcome 3" },
  ],
  tiers: TIERS,
  groups: PILLARS.map(([id, name]) => ({ id: `${id}-g1`, pillar: id, title: name, description: name })),
  questions: [
    question("LEG-01", "legal", "D.3-1", 2, true, YES_PARTIAL_NO),
    question("LEG-02", "legal", "D.3-2", 1, false, STAGES),
    question("TEC-01", "technical", "D.3-1", 3, true, STAGES),
    question("TEC-02", "technical", "D.3-3", 1, false, YES_PARTIAL_NO),
    question("ORG-01", "organizational", "D.3-2", 2, true, YES_PARTIAL_NO),
    question("ORG-02", "organizational", "D.3-2", 2, false, STAGES),
    question("CAP-01", "capacity", "D.3-3", 1, false, STAGES),
    question("CAP-02", "capacity", "D.3-1", 1, true, YES_PARTIAL_NO),
    question("COO-01", "cooperation", "D.3-3", 2, true, STAGES),
    question("COO-02", "cooperation", "D.3-2", 1, false, YES_PARTIAL_NO),
  ],
};

const EV = (n: number) => `https://example.gov/evidence/${n}`;

/** The worked example's answers (ORG-02 is left unanswered). */
export const WORKED_EXAMPLE_ANSWERS: AnswerInput[] = [
  { questionId: "LEG-01", value: "yes", evidence: [EV(1)] },
  { questionId: "LEG-02", value: "developing", evidence: [] },
  { questionId: "TEC-01", value: "mature", evidence: [] },
  { questionId: "TEC-02", value: "partial", evidence: [] },
  { questionId: "ORG-01", value: "partial", evidence: [EV(2)] },
  { questionId: "CAP-01", value: "initial", evidence: [] },
  { questionId: "CAP-02", value: "no", evidence: [] },
  { questionId: "COO-01", value: "developing", evidence: [] },
  { questionId: "COO-02", value: "yes", evidence: [], note: "Bilateral MoU signed" },
];

/** A copy of `framework` with other pillar weights (missing ids keep theirs). */
export function withPillarWeights(framework: Framework, weights: Partial<Record<PillarId, number>>): Framework {
  return {
    ...framework,
    pillars: framework.pillars.map((p) => ({ ...p, weight: weights[p.id] ?? p.weight })),
  };
}

/**
 * A deterministic synthetic framework of `questionCount` questions spread over
 * the 5 pillars and 3 outcomes, for the benchmark (and large property runs).
 */
export function makeSyntheticFramework(questionCount: number): Framework {
  const questions: Question[] = [];
  for (let i = 0; i < questionCount; i++) {
    const [pillar] = PILLARS[i % PILLARS.length]!;
    const outcome = (["D.3-1", "D.3-2", "D.3-3"] as const)[i % 3]!;
    const id = `${pillar.slice(0, 3).toUpperCase()}-${String(i + 1).padStart(3, "0")}`;
    questions.push(question(id, pillar, outcome, 1 + (i % 3), i % 2 === 0, i % 4 === 0 ? STAGES : YES_PARTIAL_NO));
  }
  return { ...FIXTURE_FRAMEWORK, id: `synthetic-${questionCount}`, questions };
}
