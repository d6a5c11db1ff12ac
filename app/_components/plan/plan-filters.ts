import { z } from "zod";
import { ACTION_STATUSES, PRIORITIES } from "@/lib/plan/plan.validation";
import type { PlanFilters } from "./plan-view";

/** The plan page's query string; a value that is not one of the choices falls back to "all". */
const schema = z.object({
  status: z.enum(ACTION_STATUSES).optional().catch(undefined),
  priority: z.enum(PRIORITIES).optional().catch(undefined),
  group: z.enum(["pillar", "outcome"]).catch("pillar").default("pillar"),
});

export function parsePlanFilters(searchParams: Record<string, string | string[] | undefined>): PlanFilters {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return schema.parse({
    status: first(searchParams.status),
    priority: first(searchParams.priority),
    group: first(searchParams.group),
  });
}
