"use server";

import { acceptInvitationSchema } from "@/lib/admin/invitations.validation";
import { validatedPublicAction } from "@/app/_lib/action";
import { acceptInvitation as accept } from "@/server/invitations";

// No session yet: the link's token is what the service checks (single use, not expired).
export const acceptInvitation = validatedPublicAction(acceptInvitationSchema, (input) => accept(input));
