import { assertCanEditAnswers } from "@/server/access";
import { replyToReview } from "@/server/validation";
import { answerParamsSchema, reviewReplySchema } from "@/lib/validation/review.validation";
import { parseParams, readJsonBody, route } from "../../../../../../../_lib/route";

export const dynamic = "force-dynamic";

export const POST = route({ auth: true }, async ({ request, params, actor, locale }) => {
  const { iso3, cycle, questionId } = parseParams(params, answerParamsSchema, locale);
  // Who may not reply hears so before the body is read.
  assertCanEditAnswers(actor, iso3);
  return replyToReview(actor, iso3, cycle, questionId, await readJsonBody(request, reviewReplySchema));
});
