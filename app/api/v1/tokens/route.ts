import { NextResponse } from "next/server";
import { newApiTokenSchema } from "@/lib/auth/api-token.validation";
import { assertSessionActor } from "@/server/access";
import { createApiToken, listApiTokens } from "@/server/api-tokens";
import { readJsonBody, route } from "../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true }, async ({ actor }) => NextResponse.json(await listApiTokens(actor)));

export const POST = route({ auth: true }, async ({ request, actor }) => {
  // A token cannot mint tokens: it hears so before the body is read.
  assertSessionActor(actor);
  const created = await createApiToken(actor, await readJsonBody(request, newApiTokenSchema));
  return NextResponse.json({ id: created.id, token: created.token }, { status: 201 });
});
