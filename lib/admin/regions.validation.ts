import { z } from "zod";
import { regionName } from "../reference/regions";
import { REGION_IDS } from "../reference/types";

/** Moving a Member State to another BDT region: the state's code and one of the six regions. */
export const moveMemberStateSchema = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/, "Choose a Member State from the list"),
  region: z.enum(REGION_IDS, {
    error: `Choose one of the six BDT regions: ${REGION_IDS.map(regionName).join(", ")}`,
  }),
});
export type MoveMemberStateInput = z.output<typeof moveMemberStateSchema>;
