import { accountParamsSchema } from "@/lib/admin/accounts.validation";
import { resetAccountTwoFactor } from "@/server/admin";
import { parseParams, route } from "../../../../../_lib/route";

export const dynamic = "force-dynamic";

/** An administrator removes a lost second factor: the account enrols again at its next sign-in. */
export const DELETE = route({ auth: true }, async ({ params, actor, locale }) => {
  const { id } = parseParams(params, accountParamsSchema, locale);
  await resetAccountTwoFactor(actor, { userId: id });
  return new Response(null, { status: 204 });
});
