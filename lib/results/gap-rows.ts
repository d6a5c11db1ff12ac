/**
 * Gaps as the results page and the country report show them: the engine's
 * ranked gaps (lib/scoring `listGaps`) with the words a reader needs beside
 * the numbers — the question, its pillar and outcome, the answer given, the
 * best answer, and the Resolution 45 clause the recommended action comes from.
 */
import { clauseById, type Framework } from "../framework";
import { localizedClauseCitation } from "../framework/i18n/citations";
import type { AnswerInput, Gap } from "../scoring";
import { addEvidenceAction, isEvidenceOnlyGap } from "./evidence-only";

export interface GapRow {
  rank: number;
  questionId: string;
  questionText: string;
  pillarId: string;
  pillarName: string;
  outcomeId: string;
  outcomeName: string;
  /** Label of the option chosen now; null when the question is unanswered. */
  currentAnswer: string | null;
  currentCredit: number;
  bestAnswer: string;
  bestCredit: number;
  /** Overall-score points gained by closing this gap alone. */
  shortfall: number;
  evidenceMissing: boolean;
  /** The answer is already the best option and only the required evidence is missing (lib/results/evidence-only). */
  evidenceOnly: boolean;
  /**
   * The recommended action, without its closing citation (shown apart, with the clause); for an
   * evidence-only gap, "Add the evidence: …" with what counts as evidence instead.
   */
  action: string;
  clauseId: string;
  /** E.g. "Resolution 45, resolves 1" (in the rows' language); the clause id itself if the clause is unknown. */
  clauseCitation: string;
  /**
   * What the clause says, in short, in English; empty if the clause is unknown. In another language the
   * page takes it from lib/framework/i18n `clauseSummary`, which is server code (it holds every translation)
   * while this module also reaches the browser (through lib/plan).
   */
  clauseSummary: string;
}

/** The label of the option the last usable answer chose, read as the scoring engine reads answers. */
function chosenLabel(framework: Framework, questionId: string, answers: readonly AnswerInput[]): string | null {
  const question = framework.questions.find((q) => q.id === questionId);
  if (!question) return null;
  let label: string | null = null;
  for (const answer of answers) {
    if (answer.questionId !== questionId) continue;
    if (answer.value === null) label = null;
    else {
      const option = question.options.find((o) => o.value === answer.value);
      if (option) label = option.label;
    }
  }
  return label;
}

/**
 * The questionnaire's actions end with their citation, e.g. "… (Resolution 45,
 * resolves 1)."; the gap list cites the clause on a line of its own, so the
 * closing citation is dropped from the action rather than said twice. Chinese
 * closes with full-width brackets and stop: "…（第45号决议，做出决议1）。".
 */
export function withoutClosingCitation(action: string, citation: string | undefined): string {
  if (!citation) return action;
  for (const [suffix, stop] of [
    [` (${citation}).`, "."],
    [`（${citation}）。`, "。"],
  ] as const)
    if (action.endsWith(suffix)) return `${action.slice(0, -suffix.length)}${stop}`;
  return action;
}

/**
 * `framework` is the questionnaire in the rows' language (`localizeFramework`);
 * `locale` says how the clause is cited (English by default).
 */
export function gapRows(
  framework: Framework,
  answers: readonly AnswerInput[],
  gaps: readonly Gap[],
  locale = "en",
): GapRow[] {
  const pillars = new Map(framework.pillars.map((p) => [p.id, p.name]));
  const outcomes = new Map(framework.outcomes.map((o) => [o.id, o.name]));
  const questions = new Map(framework.questions.map((q) => [q.id, q]));
  return gaps.map((gap, i) => {
    const question = questions.get(gap.questionId);
    const best = question?.options.find((o) => o.value === gap.bestValue);
    const citation = localizedClauseCitation(gap.recommendation.clause, locale);
    const evidenceOnly = question !== undefined && isEvidenceOnlyGap(question, answers);
    return {
      rank: i + 1,
      questionId: gap.questionId,
      questionText: question?.text ?? gap.questionId,
      pillarId: gap.pillar,
      pillarName: pillars.get(gap.pillar) ?? gap.pillar,
      outcomeId: gap.outcome,
      outcomeName: outcomes.get(gap.outcome) ?? gap.outcome,
      currentAnswer: chosenLabel(framework, gap.questionId, answers),
      currentCredit: gap.currentCredit,
      bestAnswer: best?.label ?? gap.bestValue,
      bestCredit: gap.bestCredit,
      shortfall: gap.shortfall,
      evidenceMissing: gap.evidenceMissing,
      evidenceOnly,
      action: evidenceOnly ? addEvidenceAction(question, locale) : withoutClosingCitation(gap.recommendation.action, citation),
      clauseId: gap.recommendation.clause,
      clauseCitation: citation ?? gap.recommendation.clause,
      clauseSummary: clauseById(gap.recommendation.clause)?.summary ?? "",
    };
  });
}
