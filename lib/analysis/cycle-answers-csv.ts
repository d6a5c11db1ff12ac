import { toCsv } from "../csv";
import type { Framework } from "../framework/types";
import { questionCredit } from "../scoring/score";

export interface CycleAnswersAssessment {
  iso3: string;
  region: string;
  status: string;
  framework: Framework;
  answers: readonly { questionId: string; value: string | null; evidence: string[] }[];
}

export const CYCLE_ANSWERS_HEADER = [
  "iso3",
  "region",
  "status",
  "question_id",
  "pillar",
  "outcome",
  "value",
  "credit",
  "evidence_count",
] as const;

/**
 * Every answer of a cycle as CSV: one row per state and question of its
 * questionnaire, in questionnaire order, states by ISO code. An unanswered
 * question has an empty value and credit 0, which is what it adds to the scores;
 * the credit is the effective one (halved where required evidence is missing).
 */
export function cycleAnswersToCsv(assessments: readonly CycleAnswersAssessment[]): string {
  const rows: (string | number | null)[][] = [[...CYCLE_ANSWERS_HEADER]];
  const ordered = [...assessments].sort((a, b) => a.iso3.localeCompare(b.iso3));
  for (const a of ordered) {
    const byQuestion = new Map(a.answers.map((x) => [x.questionId, x]));
    for (const q of a.framework.questions) {
      const answer = byQuestion.get(q.id);
      rows.push([
        a.iso3,
        a.region,
        a.status,
        q.id,
        q.pillar,
        q.outcome,
        answer?.value ?? null,
        questionCredit(q, answer),
        answer?.evidence.length ?? 0,
      ]);
    }
  }
  return toCsv(rows);
}
