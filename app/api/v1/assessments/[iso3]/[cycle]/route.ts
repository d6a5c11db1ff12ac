import { getAssessment, saveAnswers } from "@/server/assessments";
import { answersPatchSchema } from "@/lib/assessment/answers.validation";
import { assessmentParamsSchema } from "@/lib/api/assessments.validation";
import { assertStateMember } from "@/server/access";
import { parseParams, readJsonBody, route } from "../../../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true }, async ({ params, actor, locale }) => {
  const { iso3, cycle } = parseParams(params, assessmentParamsSchema, locale);
  return toApi(await getAssessment(actor, iso3, cycle));
});

export const PATCH = route({ auth: true }, async ({ request, params, actor, locale }) => {
  const { iso3, cycle } = parseParams(params, assessmentParamsSchema, locale);
  assertStateMember(actor, iso3); // refused before the body is read (a contributor per question, below)
  const patch = await readJsonBody(request, answersPatchSchema);
  return toApi(await saveAnswers(actor, iso3, cycle, patch));
});

function toApi(view: Awaited<ReturnType<typeof getAssessment>>) {
  const { iso3, cycle, status, version, framework, answers, documents, scores, validatedScores } = view;
  const { comments, history, updatedAt } = view;
  return {
    iso3,
    cycle,
    status,
    version,
    framework,
    answers,
    documents,
    scores,
    validatedScores,
    comments,
    history,
    updatedAt,
  };
}
