/**
 * Per-framework indexes for the scoring engine (internal to lib/scoring).
 *
 * A framework is compiled once, on first use, and cached in a WeakMap keyed by
 * the framework object. Frameworks are therefore treated as immutable: a
 * framework object must not be changed after it has been scored (a changed
 * questionnaire is a new framework version with a new id anyway).
 *
 * The compiled form also holds scratch buffers that `resolveAnswers` refills on
 * every call, so scoring allocates nothing but its result. This is safe because
 * scoring is synchronous and never re-entrant.
 */
import type { Framework, Question, Tier } from "../framework/types";
import type { AnswerInput } from "./types";

export interface CompiledFramework {
  readonly framework: Framework;
  readonly questionCount: number;
  /** Question id -> index in `framework.questions`. */
  readonly questionIndex: ReadonlyMap<string, number>;
  /** Per question: option value -> credit (the first option wins on a duplicate value). */
  readonly optionCredits: readonly ReadonlyMap<string, number>[];
  /** Per question: its weight, pillar index, outcome index, evidence rule. */
  readonly questionWeight: Float64Array;
  readonly questionPillar: Int32Array;
  readonly questionOutcome: Int32Array;
  readonly questionEvidenceRequired: Uint8Array;
  /** Per question: the best credit and the first option carrying it (0 and "" when it has no options). */
  readonly bestCredit: Float64Array;
  readonly bestValue: readonly string[];

  readonly pillarIds: readonly string[];
  readonly outcomeIds: readonly string[];
  /** Pillar weights, in framework pillar order, and their sum. */
  readonly pillarWeight: Float64Array;
  readonly pillarWeightTotal: number;
  /** Σ question weight per pillar / per outcome, summed in framework question order. */
  readonly pillarQuestionWeight: Float64Array;
  readonly outcomeQuestionWeight: Float64Array;
  /** Tiers ordered by minScore, highest first. */
  readonly tiersDescending: readonly Tier[];

  // Scratch buffers, refilled by resolveAnswers / computeFractions.
  readonly credits: Float64Array;
  readonly answered: Uint8Array;
  /** 1 where the answer that counts has an empty evidence list. */
  readonly noEvidence: Uint8Array;
  readonly pillarSum: Float64Array;
  readonly outcomeSum: Float64Array;
}

const cache = new WeakMap<Framework, CompiledFramework>();

export function compile(framework: Framework): CompiledFramework {
  const hit = cache.get(framework);
  if (hit !== undefined) return hit;
  const compiled = build(framework);
  cache.set(framework, compiled);
  return compiled;
}

function build(framework: Framework): CompiledFramework {
  const where = `framework ${JSON.stringify(framework.id)}`;
  const pillarIds = framework.pillars.map((p) => p.id as string);
  const outcomeIds = framework.outcomes.map((o) => o.id as string);
  const pillarPos = positions(pillarIds, `${where}: duplicate pillar id`);
  const outcomePos = positions(outcomeIds, `${where}: duplicate outcome id`);

  const questions: readonly Question[] = framework.questions;
  const n = questions.length;
  const questionIndex = new Map<string, number>();
  const optionCredits: Map<string, number>[] = [];
  const questionWeight = new Float64Array(n);
  const questionPillar = new Int32Array(n);
  const questionOutcome = new Int32Array(n);
  const questionEvidenceRequired = new Uint8Array(n);
  const bestCredit = new Float64Array(n);
  const bestValue: string[] = [];
  const pillarQuestionWeight = new Float64Array(pillarIds.length);
  const outcomeQuestionWeight = new Float64Array(outcomeIds.length);

  for (let i = 0; i < n; i++) {
    const q = questions[i]!;
    if (questionIndex.has(q.id)) throw new Error(`${where}: duplicate question id ${q.id}`);
    questionIndex.set(q.id, i);
    const p = pillarPos.get(q.pillar);
    if (p === undefined) throw new Error(`${where}: question ${q.id} has unknown pillar ${q.pillar}`);
    const o = outcomePos.get(q.outcome);
    if (o === undefined) throw new Error(`${where}: question ${q.id} has unknown outcome ${q.outcome}`);

    const credits = new Map<string, number>();
    let best = 0;
    let bestV: string | undefined;
    for (const option of q.options) {
      if (credits.has(option.value)) continue;
      credits.set(option.value, option.credit);
      if (bestV === undefined || option.credit > best) {
        best = option.credit;
        bestV = option.value;
      }
    }
    optionCredits.push(credits);
    bestCredit[i] = best;
    bestValue.push(bestV ?? "");
    questionWeight[i] = q.weight;
    questionPillar[i] = p;
    questionOutcome[i] = o;
    questionEvidenceRequired[i] = q.evidenceRequired ? 1 : 0;
    // Summed in framework question order, the same order scoring uses, so that
    // all-full-credit answers give a ratio of exactly 1.
    pillarQuestionWeight[p] = pillarQuestionWeight[p]! + q.weight;
    outcomeQuestionWeight[o] = outcomeQuestionWeight[o]! + q.weight;
  }

  const pillarWeight = new Float64Array(pillarIds.length);
  let pillarWeightTotal = 0;
  framework.pillars.forEach((pillar, i) => {
    pillarWeight[i] = pillar.weight;
    pillarWeightTotal += pillar.weight;
  });

  if (framework.tiers.length === 0) throw new Error(`${where}: no tiers`);
  const tiersDescending = [...framework.tiers].sort((a, b) => b.minScore - a.minScore);

  return {
    framework,
    questionCount: n,
    questionIndex,
    optionCredits,
    questionWeight,
    questionPillar,
    questionOutcome,
    questionEvidenceRequired,
    bestCredit,
    bestValue,
    pillarIds,
    outcomeIds,
    pillarWeight,
    pillarWeightTotal,
    pillarQuestionWeight,
    outcomeQuestionWeight,
    tiersDescending,
    credits: new Float64Array(n),
    answered: new Uint8Array(n),
    noEvidence: new Uint8Array(n),
    pillarSum: new Float64Array(pillarIds.length),
    outcomeSum: new Float64Array(outcomeIds.length),
  };
}

function positions(ids: readonly string[], duplicateMessage: string): Map<string, number> {
  const map = new Map<string, number>();
  ids.forEach((id, i) => {
    if (map.has(id)) throw new Error(`${duplicateMessage} ${id}`);
    map.set(id, i);
  });
  return map;
}

/** True when the evidence list is empty (or, from untyped callers, missing). */
export function hasNoEvidence(evidence: readonly string[] | null | undefined): boolean {
  return evidence == null || evidence.length === 0;
}

/**
 * Fills `c.credits` (effective credit per question), `c.answered` and `c.noEvidence` from the
 * answers. Answers with an unknown question id or an unknown option value are
 * ignored; a `null` value (or a missing one, from untyped callers) marks the
 * question unanswered. Where a question has several answers, the last one that
 * is not ignored counts. Returns the number of answered questions.
 */
export function resolveAnswers(c: CompiledFramework, answers: readonly AnswerInput[]): number {
  const { credits, answered, noEvidence, questionIndex, optionCredits, questionEvidenceRequired } = c;
  credits.fill(0);
  answered.fill(0);
  noEvidence.fill(0);
  for (let a = 0; a < answers.length; a++) {
    const answer = answers[a]!;
    const i = questionIndex.get(answer.questionId);
    if (i === undefined) continue;
    const value = answer.value;
    if (value == null) {
      credits[i] = 0;
      answered[i] = 0;
      noEvidence[i] = 0;
      continue;
    }
    const credit = optionCredits[i]!.get(value);
    if (credit === undefined) continue;
    const none = hasNoEvidence(answer.evidence);
    credits[i] = questionEvidenceRequired[i] === 1 && none ? credit * 0.5 : credit;
    answered[i] = 1;
    noEvidence[i] = none ? 1 : 0;
  }
  let count = 0;
  for (let i = 0; i < answered.length; i++) count += answered[i]!;
  return count;
}

/**
 * From `c.credits`, fills `c.pillarSum` / `c.outcomeSum` with Σ(weight × credit),
 * accumulated in framework question order (so the result never depends on the
 * order of the answers).
 */
export function accumulate(c: CompiledFramework): void {
  const { credits, questionWeight, questionPillar, questionOutcome, pillarSum, outcomeSum } = c;
  pillarSum.fill(0);
  outcomeSum.fill(0);
  for (let i = 0; i < credits.length; i++) {
    const wc = questionWeight[i]! * credits[i]!;
    const p = questionPillar[i]!;
    const o = questionOutcome[i]!;
    pillarSum[p] = pillarSum[p]! + wc;
    outcomeSum[o] = outcomeSum[o]! + wc;
  }
}

/** Σ(weight × credit) / Σ(weight) as a fraction in [0, 1]; 0 when there is no weight. */
export function fraction(sum: number, weight: number): number {
  return weight > 0 ? sum / weight : 0;
}
