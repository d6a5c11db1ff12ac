import { cycleParamsSchema, dashboardRenderingQuerySchema } from "@/lib/api/analysis.validation";
import { dashboardRenderingKey } from "@/server/rendered-pages";
import { parseParams, route } from "../../../../_lib/route";

export const dynamic = "force-dynamic";

/**
 * The key of the cycle dashboard's rendering for the signed-in reader (null: render it as usual).
 * The production server asks it before sending a rendering it kept (scripts/http/page-cache.mjs).
 */
export const GET = route(
  { auth: true, query: dashboardRenderingQuerySchema },
  async ({ params, query, actor, locale }) => {
    const { cycle } = parseParams(params, cycleParamsSchema, locale);
    return { key: await dashboardRenderingKey(actor, { cycle, include: query.include, locale: query.locale }) };
  },
);
