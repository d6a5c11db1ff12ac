import { z } from "zod";
import { errorCode } from "../errors/schema-message";

const CYCLE_PARAM = errorCode("validation.cycle_param");
const CYCLE_RANGE = errorCode("validation.cycle_range", { first: 2000, last: 2100 });

/** A cycle in a path (`/cycles/2026`): a year. */
export const cycleParamSchema = z.coerce
  .number({ error: CYCLE_PARAM })
  .int(CYCLE_PARAM)
  .min(2000, CYCLE_RANGE)
  .max(2100, CYCLE_RANGE);

export const cycleParamsSchema = z.object({ cycle: cycleParamSchema });

/** Comparisons count validated assessments; `include=submitted` adds those awaiting review. */
export const comparisonQuerySchema = z.object({
  include: z
    .enum(["validated", "submitted"], { error: errorCode("validation.include") })
    .optional()
    .default("validated"),
});
