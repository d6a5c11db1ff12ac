import type { Framework } from "../framework/types";

export interface FrameworkVersionRow {
  id: string;
  version: string;
  title: string;
  questions: number;
  current: boolean;
  assessments: number;
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
): FrameworkVersionRow[] {
  const known = frameworks.map((f) => ({
    id: f.id,
    version: f.version,
    title: f.title,
    questions: f.questions.length,
    current: f.id === currentId,
    assessments: assessmentsByFramework[f.id] ?? 0,
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
      unknown: true,
    }));
  return [...known, ...unknown];
}
