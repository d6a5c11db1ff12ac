/**
 * What the results page's what-if needs in the browser, and nothing more: per question its pillar,
 * outcome, weight, evidence flag and each option's value and credit (no texts: the words the planner
 * shows come with the gap rows), and per answer its value and whether it has evidence (the scoring
 * engine reads nothing else of the evidence). `scoringFramework` and `scoringAnswers` give the browser
 * back the shapes `whatIf` takes, so its numbers are the ones the server computes.
 */
import type { Framework, Tier } from "../framework/types";
import type { AnswerInput } from "../scoring";

export interface PlannerQuestion {
  id: string;
  pillar: Framework["questions"][number]["pillar"];
  outcome: Framework["questions"][number]["outcome"];
  weight: number;
  evidenceRequired: boolean;
  /** Each option as [value, credit]. */
  options: [string, number][];
}

export interface PlannerFramework {
  id: string;
  version: string;
  /** In the reader's language, as the what-if names them. */
  pillars: { id: Framework["pillars"][number]["id"]; name: string; weight: number }[];
  outcomes: { id: Framework["outcomes"][number]["id"]; name: string }[];
  tiers: Tier[];
  questions: PlannerQuestion[];
}

export interface PlannerAnswer {
  questionId: string;
  value: string | null;
  /** Whether the answer has evidence. */
  evidence: boolean;
}

/** `framework` is in the reader's language (its pillar and outcome names are shown). */
export function plannerFramework(framework: Framework): PlannerFramework {
  return {
    id: framework.id,
    version: framework.version,
    pillars: framework.pillars.map((p) => ({ id: p.id, name: p.name, weight: p.weight })),
    outcomes: framework.outcomes.map((o) => ({ id: o.id, name: o.name })),
    tiers: framework.tiers.map((t) => ({ ...t })),
    questions: framework.questions.map((q) => ({
      id: q.id,
      pillar: q.pillar,
      outcome: q.outcome,
      weight: q.weight,
      evidenceRequired: q.evidenceRequired,
      options: q.options.map((o): [string, number] => [o.value, o.credit]),
    })),
  };
}

export function plannerAnswers(answers: readonly AnswerInput[]): PlannerAnswer[] {
  return answers.map((a) => ({ questionId: a.questionId, value: a.value, evidence: a.evidence.length > 0 }));
}

/** The framework as the scoring engine takes it, texts left empty. */
export function scoringFramework(planner: PlannerFramework): Framework {
  return {
    id: planner.id,
    version: planner.version,
    title: "",
    pillars: planner.pillars.map((p) => ({ ...p, description: "" })),
    outcomes: planner.outcomes.map((o) => ({ ...o, description: "" })),
    tiers: planner.tiers,
    groups: [],
    questions: planner.questions.map((q) => ({
      id: q.id,
      pillar: q.pillar,
      group: "",
      outcome: q.outcome,
      clauses: [],
      text: "",
      guidance: "",
      options: q.options.map(([value, credit]) => ({ value, label: "", credit })),
      weight: q.weight,
      evidenceRequired: q.evidenceRequired,
      recommendation: { action: "", clause: "" },
    })),
  };
}

/** Stands for an answer's evidence in the browser: the engine only asks whether there is any. */
export const EVIDENCE_GIVEN = "evidence:given";

export function scoringAnswers(answers: readonly PlannerAnswer[]): AnswerInput[] {
  return answers.map((a) => ({
    questionId: a.questionId,
    value: a.value,
    evidence: a.evidence ? [EVIDENCE_GIVEN] : [],
  }));
}
