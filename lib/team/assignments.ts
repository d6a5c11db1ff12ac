import type { Framework } from "../framework/types";
import type { FieldProblem } from "../errors";

/**
 * Sharing out a questionnaire: a focal point names questions, or whole indicator groups, and each is
 * expanded to its questions in the questionnaire's order. Unknown ids are reported, each at its place.
 */
export function expandAssignment(
  framework: Framework,
  ids: readonly string[],
): { questionIds: string[]; problems: FieldProblem[] } {
  const wanted = new Set<string>();
  const problems: FieldProblem[] = [];
  ids.forEach((id, i) => {
    const inGroup = framework.questions.filter((q) => q.group === id);
    const question = framework.questions.find((q) => q.id === id);
    if (question) wanted.add(question.id);
    else if (inGroup.length > 0) inGroup.forEach((q) => wanted.add(q.id));
    else
      problems.push({
        path: ["questionIds", i],
        message: "",
        code: "validation.unknown_question",
        params: { questionId: id, framework: framework.id },
      });
  });
  return { questionIds: framework.questions.filter((q) => wanted.has(q.id)).map((q) => q.id), problems };
}

export interface AssignmentLike {
  questionId: string;
  userId: string;
  dueDate: string | null;
}

/** The questions one person may answer: those assigned to them. */
export function assignedTo(assignments: readonly AssignmentLike[], userId: string): Set<string> {
  return new Set(assignments.filter((a) => a.userId === userId).map((a) => a.questionId));
}

/** Whether an assignment is overdue on `today` (YYYY-MM-DD, UTC) while its question is still unanswered. */
export function isOverdue(assignment: Pick<AssignmentLike, "dueDate">, answered: boolean, today: string): boolean {
  return !answered && assignment.dueDate !== null && assignment.dueDate < today;
}

/**
 * What an assignment request changes: the questions newly given to the person (or moved to them from
 * someone else, or with another due date); a question already theirs with the same date is left as it is.
 */
export function assignmentChanges(
  current: readonly AssignmentLike[],
  userId: string,
  questionIds: readonly string[],
  dueDate: string | null,
): { questionId: string; previous: AssignmentLike | null }[] {
  const byQuestion = new Map(current.map((a) => [a.questionId, a]));
  return questionIds.flatMap((questionId) => {
    const previous = byQuestion.get(questionId) ?? null;
    if (previous && previous.userId === userId && previous.dueDate === dueDate) return [];
    return [{ questionId, previous }];
  });
}
