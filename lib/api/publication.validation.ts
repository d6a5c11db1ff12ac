import { z } from "zod";
import { errorCode } from "../errors/schema-message";
import { iso3ParamSchema } from "./assessments.validation";
import { cycleYearSchema } from "../admin/cycles.validation";

/**
 * BDT's publication date for a closed cycle: an ISO 8601 date-time with its offset, or null to withdraw the
 * date (nothing of the cycle is public then).
 */
export const publicationInputSchema = z.strictObject({
  publishAt: z.iso
    .datetime({ offset: true, error: errorCode("validation.publish_at") })
    .transform((v) => new Date(v))
    .nullable(),
});
export type PublicationInput = z.output<typeof publicationInputSchema>;

/** A state's decision on publishing its validated results of a cycle by name. */
export const consentInputSchema = z.strictObject({
  consent: z.boolean({ error: errorCode("validation.consent") }),
});
export type ConsentInput = z.output<typeof consentInputSchema>;

export const publicProfileParamsSchema = z.object({ iso3: iso3ParamSchema });

/** The forms' inputs: the same bodies with the cycle (and state) the page names. */
export const publicationFormSchema = publicationInputSchema.extend({ cycle: cycleYearSchema });
export const consentFormSchema = consentInputSchema.extend({ cycle: cycleYearSchema, iso3: iso3ParamSchema });
