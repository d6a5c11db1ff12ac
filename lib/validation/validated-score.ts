/**
 * The validated score (docs/methodology.md, "Two scores"): the scoring rule applied to the answers after BDT's
 * decisions, where an answer earns its credit only once accepted, and an evidence-required answer without
 * evidence earns nothing (the self-assessed score gives it half, as the GCI's validation does not).
 * Answers not queried count as accepted, as they are when the assessment is validated.
 */
import type { Framework } from "../framework/types";
import { scoreAssessment, type AnswerInput, type ScoreResult } from "../scoring";
import { hasNoEvidence } from "../scoring/compile";
import { isOpen, type ItemState } from "./dialogue";

export function validatedScore(
  framework: Framework,
  answers: readonly AnswerInput[],
  stateOf: (questionId: string) => ItemState,
): ScoreResult {
  const evidenceRequired = new Set(framework.questions.filter((q) => q.evidenceRequired).map((q) => q.id));
  const credited = answers.map((a) =>
    isOpen(stateOf(a.questionId)) || (evidenceRequired.has(a.questionId) && hasNoEvidence(a.evidence))
      ? { ...a, value: null }
      : a,
  );
  // Validation changes what an answer earns, not what was answered: completion stays the self-assessed one.
  return { ...scoreAssessment(framework, credited), completion: scoreAssessment(framework, answers).completion };
}
