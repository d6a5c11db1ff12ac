import { crosswalkBetween } from "../framework/versions";
import { questionPoints } from "../framework/points";
import type { Framework } from "../framework/types";

export interface FrameworkVersionRow {
  id: string;
  version: string;
  title: string;
  questions: number;
  current: boolean;
  assessments: number;
  /** The cycles read with this version, newest first. */
  cycles: number[];
  /** True for an id found on assessments but missing from lib/framework: its questions cannot be shown. */
  unknown: boolean;
}

/**
 * The published questionnaire versions with how many assessments were answered
 * under each, plus any version the database mentions that the code no longer has.
 */
export function frameworkVersionRows(
  frameworks: readonly Framework[],
  currentId: string,
  assessmentsByFramework: Readonly<Record<string, number>>,
  cycleFrameworks: readonly { cycle: number; frameworkId: string }[] = [],
): FrameworkVersionRow[] {
  const cyclesOf = (id: string) =>
    cycleFrameworks
      .filter((c) => c.frameworkId === id)
      .map((c) => c.cycle)
      .sort((a, b) => b - a);
  const known = frameworks.map((f) => ({
    id: f.id,
    version: f.version,
    title: f.title,
    questions: f.questions.length,
    current: f.id === currentId,
    assessments: assessmentsByFramework[f.id] ?? 0,
    cycles: cyclesOf(f.id),
    unknown: false,
  }));
  const knownIds = new Set(frameworks.map((f) => f.id));
  const unknown = Object.entries(assessmentsByFramework)
    .filter(([id, count]) => !knownIds.has(id) && count > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, count]) => ({
      id,
      version: "?",
      title: "Not in lib/framework",
      questions: 0,
      current: false,
      assessments: count,
      cycles: cyclesOf(id),
      unknown: true,
    }));
  return [...known, ...unknown];
}

export interface SideBySideRow {
  /** A question of the later version with its points, or null for an earlier question it does not continue. */
  to: { id: string; points: number } | null;
  /** The question of the earlier version it continues, with its points there, or null when it is new. */
  from: { id: string; points: number } | null;
}

/**
 * Two versions side by side through their crosswalk: each question of `to` in its order beside the question
 * of `from` it continues, then any question of `from` that nothing continues; undefined without a crosswalk.
 * Points are each version's own (its weights), so the rows show how a question's share of the score moved.
 */
export function sideBySide(from: Framework, to: Framework): SideBySideRow[] | undefined {
  const walk = crosswalkBetween(from.id, to.id);
  if (!walk) return undefined;
  const point = (f: Framework, id: string | null) => {
    const q = id === null ? undefined : f.questions.find((x) => x.id === id);
    return q ? { id: q.id, points: q.points ?? questionPoints(f, q) } : null;
  };
  const continued = new Set(walk.map((e) => e.from));
  return [
    ...walk.map((e) => ({ to: point(to, e.to), from: point(from, e.from) })),
    ...from.questions.filter((q) => !continued.has(q.id)).map((q) => ({ to: null, from: point(from, q.id) })),
  ];
}
