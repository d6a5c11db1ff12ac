import "server-only";
import { hasDemoData } from "@/db/queries/demo-data";

/** Whether this database holds the demo data set, so that pages can say their figures are not real. */
export { hasDemoData };
