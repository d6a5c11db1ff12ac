import { z } from "zod";
import { errorCode } from "../errors/schema-message";
import { LOCALES } from "../i18n/locales";

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

/**
 * The query of `GET /api/rendered-pages/analysis/{cycle}/key`: the dashboard's own query
 * (`include`) and the language of its path, which the production server asks with.
 */
export const dashboardRenderingQuerySchema = comparisonQuerySchema.extend({
  locale: z.enum(LOCALES, { error: errorCode("validation.locale", { values: LOCALES.join(", ") }) }),
});
