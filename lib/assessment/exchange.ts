import { z } from "zod";
import type { Framework } from "../framework/types";
import { questionCredit } from "../scoring/score";
import { zodProblems } from "../errors/zod-problems";
import { errorCode } from "../errors/schema-message";
import { answerInputSchema, noteSchema } from "./answers.validation";
import { toCsv } from "../csv";
import { checkAnswersAgainstFramework, problemOf, type AnswerProblem } from "./answer-problems";

/**
 * The answers of one assessment as a file: JSON that can be imported back (for a
 * state that prepares its answers offline) and CSV for spreadsheets.
 */
export const EXPORT_SCHEMA = "res45-readiness/assessment-answers@1";

export const assessmentFileSchema = z.strictObject({
  schema: z.literal(EXPORT_SCHEMA, { error: errorCode("validation.file_schema", { schema: EXPORT_SCHEMA }) }),
  framework: z.strictObject({ id: z.string().min(1), version: z.string().min(1) }),
  iso3: z.string().regex(/^[A-Z]{3}$/, errorCode("validation.iso3")),
  cycle: z.number().int(),
  status: z.string().optional(),
  version: z.number().int().optional(),
  exportedAt: z.string().optional(),
  /** Written as true when the file comes from the demo data set; an import ignores it. */
  demo: z.boolean().optional(),
  answers: z.array(answerInputSchema.extend({ note: noteSchema.default("") })).max(500),
});
export type AssessmentFile = z.infer<typeof assessmentFileSchema>;

export interface ExportAnswer {
  questionId: string;
  value: string | null;
  evidence: string[];
  note: string;
}

export function toAssessmentFile(
  framework: Framework,
  assessment: { iso3: string; cycle: number; status: string; version: number; answers: ExportAnswer[] },
  exportedAt = new Date(),
): AssessmentFile {
  return {
    schema: EXPORT_SCHEMA,
    framework: { id: framework.id, version: framework.version },
    iso3: assessment.iso3,
    cycle: assessment.cycle,
    status: assessment.status,
    version: assessment.version,
    exportedAt: exportedAt.toISOString(),
    answers: assessment.answers.map(({ questionId, value, evidence, note }) => ({ questionId, value, evidence, note })),
  };
}

/**
 * Every problem of an import file for this assessment, by question where one is
 * concerned. An empty list means the file may be written.
 */
export function checkAssessmentFile(
  file: unknown,
  target: { iso3: string; cycle: number; framework: Framework },
): AnswerProblem[] {
  const parsed = assessmentFileSchema.safeParse(file);
  if (!parsed.success) return zodProblems(parsed.error);
  const problems: AnswerProblem[] = [];
  if (parsed.data.iso3 !== target.iso3)
    problems.push(problemOf(["iso3"], "validation.file_state", { found: parsed.data.iso3, expected: target.iso3 }));
  if (parsed.data.framework.id !== target.framework.id) {
    problems.push(
      problemOf(["framework", "id"], "validation.file_framework", {
        found: parsed.data.framework.id,
        expected: target.framework.id,
      }),
    );
  }
  problems.push(...checkAnswersAgainstFramework(target.framework, parsed.data.answers));
  return problems;
}

/** One row per question, in questionnaire order, with the effective credit of each answer. */
export function answersToCsv(framework: Framework, answers: ExportAnswer[]): string {
  const byId = new Map(answers.map((a) => [a.questionId, a]));
  const header = [
    "question_id",
    "pillar",
    "indicator_group",
    "outcome",
    "question",
    "answer_value",
    "answer_label",
    "credit",
    "evidence",
    "note",
  ];
  const rows = framework.questions.map((q) => {
    const a = byId.get(q.id);
    const option = q.options.find((o) => o.value === a?.value);
    return [
      q.id,
      q.pillar,
      q.group,
      q.outcome,
      q.text,
      a?.value ?? null,
      option?.label ?? null,
      a?.value != null ? questionCredit(q, { questionId: q.id, value: a.value, evidence: a.evidence }) : null,
      a?.evidence.join(" ") ?? null,
      a?.note ?? null,
    ];
  });
  return toCsv([header, ...rows]);
}
