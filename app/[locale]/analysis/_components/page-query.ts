import { z } from "zod";
import { INCLUDE_OPTIONS, type Include } from "@/lib/analysis/counting";
import { isRegionId } from "@/lib/reference/regions";
import type { RegionId } from "@/lib/reference/types";

/**
 * The analysis pages' query parameters. A page never fails on a bad link:
 * an unknown value falls back to the default, as a filter chip would set it.
 */
const schema = z.object({
  include: z.enum(INCLUDE_OPTIONS).catch("validated").default("validated"),
  region: z
    .string()
    .refine((v) => isRegionId(v))
    .optional()
    .catch(undefined),
  state: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .transform((v) => v.toUpperCase())
    .optional()
    .catch(undefined),
});

export interface AnalysisQuery {
  include: Include;
  region: RegionId | undefined;
  state: string | undefined;
}

export function parseAnalysisQuery(searchParams: Record<string, string | string[] | undefined>): AnalysisQuery {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const parsed = schema.parse({
    include: first(searchParams.include),
    region: first(searchParams.region),
    state: first(searchParams.state),
  });
  return { include: parsed.include, region: parsed.region as RegionId | undefined, state: parsed.state };
}

/** A path with the analysis query parameters that differ from their defaults. */
export function analysisHref(path: string, query: Partial<AnalysisQuery>): string {
  const params = new URLSearchParams();
  if (query.region) params.set("region", query.region);
  if (query.state) params.set("state", query.state);
  if (query.include === "submitted") params.set("include", "submitted");
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
