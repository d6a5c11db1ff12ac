import { z } from "zod";
import { importAnswers } from "@/server/assessments";
import { assessmentParamsSchema } from "@/lib/api/assessments.validation";
import { assertCanEditAnswers } from "@/server/access";
import { parseParams, readJsonBody, route } from "../../../../../_lib/route";

export const dynamic = "force-dynamic";

// The body is the exported file itself; importAnswers checks it against the assessment's framework.
export const POST = route({ auth: true }, async ({ request, params, actor, locale }) => {
  const { iso3, cycle } = parseParams(params, assessmentParamsSchema, locale);
  assertCanEditAnswers(actor, iso3); // refused before the body is read
  return importAnswers(actor, iso3, cycle, await readJsonBody(request, z.unknown()));
});
