import { assertCanReview } from "@/server/access";
import { reviewAnswer } from "@/server/validation";
import { answerParamsSchema, reviewRequestSchema } from "@/lib/validation/review.validation";
import { parseParams, readJsonBody, route } from "../../../../../../../_lib/route";

export const dynamic = "force-dynamic";

export const POST = route({ auth: true }, async ({ request, params, actor, locale }) => {
  const { iso3, cycle, questionId } = parseParams(params, answerParamsSchema, locale);
  // Who may not review hears so before the body is read.
  assertCanReview(actor);
  return reviewAnswer(actor, iso3, cycle, questionId, await readJsonBody(request, reviewRequestSchema));
});
