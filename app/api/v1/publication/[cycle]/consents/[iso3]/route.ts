import { getConsent, setConsent } from "@/server/publication";
import { assessmentParamsSchema } from "@/lib/api/assessments.validation";
import { consentInputSchema } from "@/lib/api/publication.validation";
import { assertCanDecideConsent } from "@/server/access";
import { parseParams, readJsonBody, route } from "../../../../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true }, async ({ params, actor, locale }) => {
  const { iso3, cycle } = parseParams(params, assessmentParamsSchema, locale);
  return getConsent(actor, iso3, cycle);
});

export const PATCH = route({ auth: true }, async ({ request, params, actor, locale }) => {
  const { iso3, cycle } = parseParams(params, assessmentParamsSchema, locale);
  assertCanDecideConsent(actor, iso3); // refused before the body is read
  return setConsent(actor, iso3, cycle, await readJsonBody(request, consentInputSchema));
});
