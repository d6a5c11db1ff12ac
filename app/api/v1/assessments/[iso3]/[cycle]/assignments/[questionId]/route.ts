import { answerParamsSchema } from "@/lib/validation/review.validation";
import { withdrawAssignment } from "@/server/team";
import { parseParams, route } from "../../../../../../_lib/route";

export const dynamic = "force-dynamic";

export const DELETE = route({ auth: true }, async ({ params, actor, locale }) => {
  const { iso3, cycle, questionId } = parseParams(params, answerParamsSchema, locale);
  return withdrawAssignment(actor, iso3, cycle, questionId);
});
