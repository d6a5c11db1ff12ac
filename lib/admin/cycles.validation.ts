import { z } from "zod";
import { errorCode } from "../errors/schema-message";

export const FIRST_CYCLE_YEAR = 2000;
export const LAST_CYCLE_YEAR = 2100;

const YEAR_MESSAGE = errorCode("validation.cycle_year");

/** A cycle's year, as the database's CHECK allows it. */
export const cycleYearSchema = z
  .number({ error: YEAR_MESSAGE })
  .int(YEAR_MESSAGE)
  .min(FIRST_CYCLE_YEAR, YEAR_MESSAGE)
  .max(LAST_CYCLE_YEAR, YEAR_MESSAGE);

/** Opening a new cycle, closing an open one and reopening a closed one all name just the year. */
export const cycleYearInputSchema = z.object({ year: cycleYearSchema });
export type CycleYearInput = z.output<typeof cycleYearInputSchema>;
