import { z } from "zod";
import { REGION_IDS } from "../reference/types";
import { errorCode } from "../errors/schema-message";

/**
 * Moving a Member State to another BDT region: the state's code and one of the six
 * regions. The messages are error codes, written in the reader's language.
 */
export const moveMemberStateSchema = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/, errorCode("validation.choose_member_state")),
  region: z.enum(REGION_IDS, { error: errorCode("validation.choose_region") }),
});
export type MoveMemberStateInput = z.output<typeof moveMemberStateSchema>;
