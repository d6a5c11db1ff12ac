import { readPublicProfile } from "@/server/publication";
import { publicProfileParamsSchema } from "@/lib/api/publication.validation";
import { markDemoRecord } from "@/lib/demo/marker";
import { conditionalResponse } from "../../../../_lib/conditional";
import { parseParams, route } from "../../../../_lib/route";

export const dynamic = "force-dynamic";

/** Open data: a state's public profile, no sign-in; 404 when nothing of it is published. */
export const GET = route(async ({ request, params, locale }) => {
  const { iso3 } = parseParams(params, publicProfileParamsSchema, locale);
  return conditionalResponse(
    request,
    await readPublicProfile(iso3),
    ({ demo, ...rest }) => markDemoRecord(rest, demo),
    "Accept",
    "public",
  );
});
