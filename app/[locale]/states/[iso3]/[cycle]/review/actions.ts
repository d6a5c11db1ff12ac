"use server";

import { returnAssessment, validateAssessment } from "@/server/assessments";
import { returnActionSchema, reviewTargetSchema } from "@/lib/api/assessments.validation";
import { validatedAction } from "@/app/_lib/action";

export const validateAction = validatedAction(reviewTargetSchema, async ({ iso3, cycle }, actor) => {
  const view = await validateAssessment(actor, iso3, cycle);
  return { status: view.status };
});

export const returnAction = validatedAction(returnActionSchema, async ({ iso3, cycle, comments }, actor) => {
  const view = await returnAssessment(actor, iso3, cycle, comments);
  return { status: view.status };
});
