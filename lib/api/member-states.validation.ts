import { z } from "zod";
import { errorCode } from "../errors/schema-message";
import { REGION_IDS } from "../reference/types";

export const memberStatesQuerySchema = z.object({
  region: z
    .enum(REGION_IDS, {
      error: (issue) =>
        errorCode("validation.unknown_region", { region: String(issue.input), valid: REGION_IDS.join(", ") }),
    })
    .optional(),
});

export const memberStateSchema = z.object({
  iso3: z.string().length(3),
  iso2: z.string().length(2),
  name: z.string(),
  region: z.enum(REGION_IDS),
});
