"use server";

import { validatedAction } from "@/app/_lib/action";
import { consentFormSchema } from "@/lib/api/publication.validation";
import { setConsent } from "@/server/publication";

/** The focal point's decision on publishing the state's validated results by name. */
export const setConsentAction = validatedAction(consentFormSchema, async ({ iso3, cycle, consent }, actor) => {
  const view = await setConsent(actor, iso3, cycle, { consent });
  return { consent: view.consent };
});
