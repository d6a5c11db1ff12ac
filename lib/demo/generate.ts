/**
 * A seeded generator of plausible demo assessments: varied, internally
 * consistent, and the same for the same inputs on every machine. The demo seed
 * uses it for 193 states; the benchmark reuses it at larger sizes.
 */
import type { Framework } from "../framework/types";
import type { AnswerInput } from "../scoring/types";
import type { AssessmentStatus } from "../assessment/status";

/** FNV-1a: a stable 32-bit hash of a string. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A state's demo capacity in [0.08, 0.97] for a cycle: a stable base per state
 * that grows a little each cycle, so trends go mostly upwards, as in the GCI.
 */
export function demoCapacity(iso3: string, cycle: number, seed = 45): number {
  const base = 0.08 + 0.8 * seededRandom(hashString(`${seed}:${iso3}`))();
  const growth = 0.035 * (cycle - 2020) * (0.5 + seededRandom(hashString(`${seed}:${iso3}:growth`))());
  return Math.min(0.97, Math.max(0.08, base + growth - 0.15));
}

export interface DemoAnswerOptions {
  /** Share of questions answered, in [0, 1]; 1 for submitted assessments. */
  completion?: number;
  seed?: number;
}

export function generateDemoAnswers(
  framework: Framework,
  iso3: string,
  cycle: number,
  options: DemoAnswerOptions = {},
): AnswerInput[] {
  const seed = options.seed ?? 45;
  const completion = options.completion ?? 1;
  const capacity = demoCapacity(iso3, cycle, seed);
  const random = seededRandom(hashString(`${seed}:${iso3}:${cycle}:answers`));
  const answers: AnswerInput[] = [];
  for (const q of framework.questions) {
    const skip = random() >= completion;
    const draw = Math.min(1, Math.max(0, capacity + (random() - 0.5) * 0.6));
    const withEvidence = random() < 0.35 + capacity * 0.6;
    if (skip) continue;
    // The option whose credit is closest to the draw: stronger states pick stronger options.
    let chosen = q.options[0]!;
    for (const o of q.options) if (Math.abs(o.credit - draw) < Math.abs(chosen.credit - draw)) chosen = o;
    const evidence =
      withEvidence && chosen.credit > 0
        ? [`https://www.gov.example/${iso3.toLowerCase()}/${cycle}/${q.id.toLowerCase()}`]
        : [];
    answers.push({ questionId: q.id, value: chosen.value, evidence, note: "" });
  }
  return answers;
}

/**
 * The status of a state's demo assessment: closed cycles are mostly validated;
 * the open cycle has every status, so dashboards and review queues have work.
 */
export function demoStatus(iso3: string, cycle: number, openCycle: number, seed = 45): AssessmentStatus {
  const r = seededRandom(hashString(`${seed}:${iso3}:${cycle}:status`))();
  if (cycle < openCycle) return r < 0.9 ? "validated" : "not_started";
  if (r < 0.4) return "validated";
  if (r < 0.6) return "submitted";
  if (r < 0.68) return "returned";
  if (r < 0.85) return "draft";
  return "not_started";
}
