import { z } from "zod";
import { REGION_IDS } from "@/lib/reference/types";

export const memberStatesQuerySchema = z.object({
  region: z
    .enum(REGION_IDS, {
      error: (issue) => `Unknown region "${String(issue.input)}". Valid regions: ${REGION_IDS.join(", ")}.`,
    })
    .optional(),
});

export const memberStateSchema = z.object({
  iso3: z.string().length(3),
  iso2: z.string().length(2),
  name: z.string(),
  region: z.enum(REGION_IDS),
});
