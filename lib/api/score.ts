import { scoreRequestSchema } from "../assessment/answers.validation";
import { checkAnswersAgainstFramework } from "../assessment/answer-problems";
import { AppError, parseOrThrow } from "../errors";
import { FRAMEWORKS, getFramework } from "../framework";
import type { Locale } from "../i18n/locales";
import { scoreAssessment, type ScoreResult } from "../scoring";

/**
 * `POST /api/v1/score`: validates a body against the schema and then against the
 * framework it names, and scores it. Every problem is reported, each by its path;
 * a refusal is a `validation.*` AppError.
 */
export function scoreRequest(body: unknown, locale: Locale = "en"): ScoreResult {
  const input = parseOrThrow(scoreRequestSchema, body, "validation.body", locale);
  const framework = getFramework(input.framework);
  if (!framework) {
    const params = { framework: input.framework, available: FRAMEWORKS.map((f) => f.id).join(", ") };
    throw new AppError("validation.body", {
      problems: [{ path: ["framework"], message: "", code: "validation.unknown_framework", params }],
    });
  }
  const problems = checkAnswersAgainstFramework(framework, input.answers);
  if (problems.length > 0) throw new AppError("validation.answers", { problems });
  return scoreAssessment(framework, input.answers);
}
