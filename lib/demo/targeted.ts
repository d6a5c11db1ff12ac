/**
 * Demo answers that reach a given overall score: the demo seed draws each state's score with the GCI 2024 tier
 * shares (tier-shares.ts) and then picks answers that score it, so the tier counts of a demo cycle follow the
 * published distribution instead of uniform noise. Pure and deterministic from the seed.
 */
import type { Framework, Question } from "../framework/types";
import { scoreAssessment } from "../scoring";
import type { AnswerInput } from "../scoring/types";
import { hashString, seededRandom } from "./generate";
import { GCI_2024_TIER_BANDS, type TierBand } from "./tier-shares";

/** The band a score falls in (100 is in Tier 1). */
export function bandOf(score: number, bands: readonly TierBand[] = GCI_2024_TIER_BANDS): TierBand {
  return bands.find((b) => score >= b.min && (score < b.max || b.max === 100)) ?? bands[bands.length - 1]!;
}

/**
 * A state's demo score in `cycle`, from its drawn score in `anchorCycle` (the cycle whose tier shares follow
 * GCI 2024 exactly): a few points lower for each earlier cycle and higher for each later one, as capacity grows.
 */
export function demoScoreInCycle(anchor: number, iso3: string, cycle: number, anchorCycle: number, seed = 45): number {
  const step = 1.5 + 3 * seededRandom(hashString(`${seed}:${iso3}:drift`))();
  return Math.round(Math.min(100, Math.max(0, anchor + step * (cycle - anchorCycle))) * 100) / 100;
}

interface Choice {
  question: Question;
  /** Options by credit, lowest first, and the index chosen. */
  ladder: Question["options"];
  at: number;
  evidence: boolean;
}

const answerOf = (c: Choice, iso3: string, cycle: number): AnswerInput => {
  const option = c.ladder[c.at]!;
  return {
    questionId: c.question.id,
    value: option.value,
    evidence:
      c.evidence && option.credit > 0
        ? [`https://www.gov.example/${iso3.toLowerCase()}/${cycle}/${c.question.id.toLowerCase()}`]
        : [],
    note: "",
  };
};

/**
 * A full answer set whose overall score is `target` to within a few tenths and inside the target's tier band:
 * answers are drawn around the target (stronger states pick stronger options), then moved one step at a time
 * (the next option up or down, or evidence added or left out) in a seeded order while a step brings the score
 * closer. `completion` below 1 then leaves that share of questions unanswered (a draft), as the seed's drafts are.
 */
export function demoAnswersScoring(
  framework: Framework,
  iso3: string,
  cycle: number,
  target: number,
  { completion = 1, seed = 45 }: { completion?: number; seed?: number } = {},
): AnswerInput[] {
  const band = bandOf(target);
  // Aim a little inside the band, so that a score a tenth off the target keeps the target's tier.
  const aim = Math.min(band.max - 0.3, Math.max(band.min + 0.3, target));
  const random = seededRandom(hashString(`${seed}:${iso3}:${cycle}:scored-answers`));
  const level = aim / 100;
  const choices: Choice[] = framework.questions.map((question) => {
    const ladder = [...question.options].sort((a, b) => a.credit - b.credit);
    const draw = Math.min(1, Math.max(0, level + (random() - 0.5) * 0.6));
    let at = 0;
    ladder.forEach((o, i) => {
      if (Math.abs(o.credit - draw) < Math.abs(ladder[at]!.credit - draw)) at = i;
    });
    return { question, ladder, at, evidence: random() < 0.45 + level * 0.5 };
  });
  const score = () =>
    scoreAssessment(
      framework,
      choices.map((c) => answerOf(c, iso3, cycle)),
    ).overall;
  let current = score();
  const order = choices.map((_, i) => i);
  for (let pass = 0; pass < 40 && Math.abs(current - aim) > 0.25; pass++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let moved = false;
    for (const i of order) {
      if (Math.abs(current - aim) <= 0.25) break;
      const c = choices[i]!;
      const up = current < aim;
      const before = { at: c.at, evidence: c.evidence };
      // One step: evidence first where it is what the answer lacks, else the next option.
      if (up && !c.evidence && c.question.evidenceRequired && c.ladder[c.at]!.credit > 0) c.evidence = true;
      else if (!up && c.evidence && c.question.evidenceRequired && c.ladder[c.at]!.credit > 0 && random() < 0.3)
        c.evidence = false;
      else if (up && c.at < c.ladder.length - 1) c.at++;
      else if (!up && c.at > 0) c.at--;
      else continue;
      const next = score();
      if (Math.abs(next - aim) < Math.abs(current - aim)) {
        current = next;
        moved = true;
      } else {
        c.at = before.at;
        c.evidence = before.evidence;
      }
    }
    if (!moved) break;
  }
  const skip = seededRandom(hashString(`${seed}:${iso3}:${cycle}:skipped`));
  return choices.filter(() => completion >= 1 || skip() < completion).map((c) => answerOf(c, iso3, cycle));
}
