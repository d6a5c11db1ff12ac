import { englishMessage, type ErrorCode, type ErrorParams, type FieldProblem } from "../errors/app-error";
import type { Framework } from "../framework/types";

// Apart from ./answers.validation, which the questionnaire loads in the browser: the English messages
// written here need the error catalogue, which the browser has no use for.

/** A problem of one answer, with its message code (see lib/errors). */
export type AnswerProblem = FieldProblem;

export function problemOf(path: (string | number)[], code: ErrorCode, params: ErrorParams): AnswerProblem {
  return { path, code, params, message: englishMessage(code, params) };
}

/**
 * What a framework adds to the shape: every question id must exist, every value
 * must be one of that question's options, and no question may be answered twice.
 */
export function checkAnswersAgainstFramework(
  framework: Framework,
  answers: readonly { questionId: string; value: string | null }[],
): AnswerProblem[] {
  const questions = new Map(framework.questions.map((q) => [q.id, q]));
  const seen = new Map<string, number>();
  const problems: AnswerProblem[] = [];
  answers.forEach((answer, i) => {
    const question = questions.get(answer.questionId);
    if (!question) {
      problems.push(
        problemOf(["answers", i, "questionId"], "validation.unknown_question", {
          questionId: answer.questionId,
          framework: framework.id,
        }),
      );
      return;
    }
    const first = seen.get(answer.questionId);
    if (first !== undefined) {
      problems.push(
        problemOf(["answers", i, "questionId"], "validation.duplicate_answer", {
          questionId: answer.questionId,
          first,
        }),
      );
    } else {
      seen.set(answer.questionId, i);
    }
    if (answer.value !== null && !question.options.some((o) => o.value === answer.value)) {
      const valid = question.options.map((o) => o.value).join(", ");
      problems.push(
        problemOf(["answers", i, "value"], "validation.invalid_option", {
          questionId: answer.questionId,
          value: answer.value,
          valid,
        }),
      );
    }
  });
  return problems;
}
