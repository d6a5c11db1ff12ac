"use server";

import { replyToReview } from "@/server/validation";
import { replyActionSchema } from "@/lib/validation/review.validation";
import { validatedAction } from "@/app/_lib/action";

/** A focal point's reply on one answer BDT reviewed: a reply, a contest, or the acceptance of a proposal. */
export const replyAction = validatedAction(replyActionSchema, async ({ iso3, cycle, questionId, ...reply }, actor) => {
  const view = await replyToReview(actor, iso3, cycle, questionId, reply);
  return { openQuestionIds: view.openQuestionIds };
});
