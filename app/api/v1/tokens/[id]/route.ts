import { apiTokenParamsSchema } from "@/lib/auth/api-token.validation";
import { revokeApiToken } from "@/server/api-tokens";
import { parseParams, route } from "../../../_lib/route";

export const dynamic = "force-dynamic";

export const DELETE = route({ auth: true }, async ({ params, actor, locale }) => {
  const { id } = parseParams(params, apiTokenParamsSchema, locale);
  await revokeApiToken(actor, id);
  return new Response(null, { status: 204 });
});
