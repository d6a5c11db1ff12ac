"use server";

import { returnAssessment, validateAssessment } from "@/server/assessments";
import { reviewAnswer } from "@/server/validation";
import { returnActionSchema, reviewTargetSchema } from "@/lib/api/assessments.validation";
import { reviewActionSchema } from "@/lib/validation/review.validation";
import { validatedAction } from "@/app/_lib/action";

export const validateAction = validatedAction(reviewTargetSchema, async ({ iso3, cycle }, actor) => {
  const view = await validateAssessment(actor, iso3, cycle);
  return { status: view.status };
});

export const returnAction = validatedAction(returnActionSchema, async ({ iso3, cycle, comments }, actor) => {
  const view = await returnAssessment(actor, iso3, cycle, comments);
  return { status: view.status };
});

/** An analyst's decision on one answer: accept, query or propose. */
export const decideAction = validatedAction(
  reviewActionSchema,
  async ({ iso3, cycle, questionId, ...request }, actor) => {
    const view = await reviewAnswer(actor, iso3, cycle, questionId, request);
    return { progress: view.progress };
  },
);
