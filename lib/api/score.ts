import { checkAnswersAgainstFramework, scoreRequestSchema } from "../assessment/answers.validation";
import { FRAMEWORKS, getFramework } from "../framework";
import { scoreAssessment, type ScoreResult } from "../scoring";
import { describeProblems, describeZodError, type ApiErrorBody } from "./errors";

/**
 * `POST /api/v1/score`: validates a body against the schema and then against the
 * framework it names, and scores it. Every problem is reported, each by its path.
 */
export function scoreRequest(body: unknown): { ok: true; data: ScoreResult } | { ok: false; error: ApiErrorBody } {
  const parsed = scoreRequestSchema.safeParse(body);
  if (!parsed.success) return { ok: false, error: describeZodError(parsed.error, "Invalid request body") };
  const framework = getFramework(parsed.data.framework);
  if (!framework) {
    const message = `Unknown framework "${parsed.data.framework}". Available: ${FRAMEWORKS.map((f) => f.id).join(", ")}.`;
    return {
      ok: false,
      error: { error: `Invalid request body. framework: ${message}`, fieldErrors: { framework: [message] } },
    };
  }
  const problems = checkAnswersAgainstFramework(framework, parsed.data.answers);
  if (problems.length > 0) return { ok: false, error: describeProblems(problems, "Invalid answers") };
  return { ok: true, data: scoreAssessment(framework, parsed.data.answers) };
}
