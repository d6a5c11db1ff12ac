import { getAssessment, saveAnswers } from "@/db/queries/assessments";
import { answersPatchSchema } from "@/lib/assessment/answers.validation";
import { assessmentParamsSchema } from "@/lib/api/assessments.validation";
import { parseParams, readJsonBody, route } from "../../../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true }, async ({ params, actor }) => {
  const { iso3, cycle } = parseParams(params, assessmentParamsSchema);
  return toApi(await getAssessment(actor, iso3, cycle));
});

export const PATCH = route({ auth: true }, async ({ request, params, actor }) => {
  const { iso3, cycle } = parseParams(params, assessmentParamsSchema);
  const patch = await readJsonBody(request, answersPatchSchema);
  return toApi(await saveAnswers(actor, iso3, cycle, patch));
});

function toApi(view: Awaited<ReturnType<typeof getAssessment>>) {
  const { iso3, cycle, status, version, framework, answers, scores, comments, history, updatedAt } = view;
  return { iso3, cycle, status, version, framework, answers, scores, comments, history, updatedAt };
}
