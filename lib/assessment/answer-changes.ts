import type { AssessmentAnswer } from "./view";

/** One changed field of one answer, as the audit trail records it. */
export interface AnswerChange {
  questionId: string;
  field: "value" | "evidence" | "note";
  from: unknown;
  to: unknown;
}

export interface AnswerPatchItem {
  questionId: string;
  value: string | null;
  /** Omitted: the evidence stays as it was. */
  evidence?: string[];
  /** Omitted: the note stays as it was. */
  note?: string;
}

const EMPTY = (questionId: string): AssessmentAnswer => ({ questionId, value: null, evidence: [], note: "" });

function sameList(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * Applies a patch to the current answers: the answers it writes (fields the patch
 * omits keep their value) and each field that really changed, for the audit trail.
 * `all` is every answer after the patch, to score.
 */
export function applyAnswerPatch(
  current: readonly AssessmentAnswer[],
  patch: readonly AnswerPatchItem[],
): { written: AssessmentAnswer[]; changes: AnswerChange[]; all: AssessmentAnswer[] } {
  const byId = new Map(current.map((a) => [a.questionId, a]));
  const written: AssessmentAnswer[] = [];
  const changes: AnswerChange[] = [];
  for (const item of patch) {
    const old = byId.get(item.questionId) ?? EMPTY(item.questionId);
    const next: AssessmentAnswer = {
      questionId: item.questionId,
      value: item.value,
      evidence: item.evidence ?? old.evidence,
      note: item.note ?? old.note,
    };
    const id = item.questionId;
    if (old.value !== next.value) changes.push({ questionId: id, field: "value", from: old.value, to: next.value });
    if (!sameList(old.evidence, next.evidence))
      changes.push({ questionId: id, field: "evidence", from: old.evidence, to: next.evidence });
    if (old.note !== next.note) changes.push({ questionId: id, field: "note", from: old.note, to: next.note });
    byId.set(id, next);
    written.push(next);
  }
  return { written, changes, all: [...byId.values()] };
}

/** The evidence links a change of answers adds (links it keeps or removes are not among them). */
export function addedEvidenceLinks(changes: readonly AnswerChange[]): string[] {
  const added = new Set<string>();
  for (const change of changes) {
    if (change.field !== "evidence") continue;
    const before = new Set(change.from as string[]);
    for (const url of change.to as string[]) if (!before.has(url)) added.add(url);
  }
  return [...added];
}
