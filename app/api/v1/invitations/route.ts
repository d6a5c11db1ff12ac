import { NextResponse } from "next/server";
import { invitationRequestSchema } from "@/lib/admin/invitations.validation";
import { requestOrigin } from "@/lib/api/origin";
import { assertCanInviteAnyone } from "@/server/access";
import { invite } from "@/server/invitations";
import { readJsonBody, route } from "../../_lib/route";

export const dynamic = "force-dynamic";

export const POST = route({ auth: true }, async ({ request, actor, locale }) => {
  // Who may invite nobody hears so before the body is read.
  assertCanInviteAnyone(actor);
  const input = await readJsonBody(request, invitationRequestSchema);
  const sent = await invite(actor, input, { locale, requestOrigin: requestOrigin(request.headers, request.url) });
  return NextResponse.json(sent, { status: 201 });
});
