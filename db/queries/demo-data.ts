import "server-only";
import { getDb } from "../index";
import { hasDemoData as demoMarkerIn } from "../seed/demo";

/** Whether this database holds the demo data set, so that pages can say their figures are not real. */
export async function hasDemoData(): Promise<boolean> {
  return demoMarkerIn(await getDb());
}
