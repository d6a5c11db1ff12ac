import { z } from "zod";
import { newPasswordSchema } from "../auth/sign-in.validation";
import { errorCode } from "../errors/schema-message";
import { LOCALES } from "../i18n/locales";
import {
  accountEmailSchema,
  memberStateFieldSchema,
  personNameSchema,
  roleBindingProblem,
  roleSchema,
} from "./accounts.validation";

/**
 * An invitation, as the REST API (`POST /api/v1/invitations`, field `iso3`) and the administrators' form
 * (field `memberStateIso3`, as the other account forms) send it. The message goes out in `locale`, by
 * default the language of the request or page.
 */
const inviteFields = {
  name: personNameSchema,
  email: accountEmailSchema,
  role: roleSchema,
  locale: z.enum(LOCALES).optional(),
};

export const inviteFormSchema = z
  .object({ ...inviteFields, memberStateIso3: memberStateFieldSchema })
  .superRefine((v, ctx) => {
    const problem = roleBindingProblem(v.role, v.memberStateIso3);
    if (problem) ctx.addIssue({ code: "custom", path: ["memberStateIso3"], message: problem });
  });
export type InviteFormInput = z.input<typeof inviteFormSchema>;
export type InviteInput = z.output<typeof inviteFormSchema>;

export const invitationRequestSchema = z
  .object({ ...inviteFields, iso3: memberStateFieldSchema })
  .superRefine((v, ctx) => {
    const problem = roleBindingProblem(v.role, v.iso3);
    if (problem) ctx.addIssue({ code: "custom", path: ["iso3"], message: problem });
  })
  .transform(({ iso3, ...rest }): InviteInput => ({ ...rest, memberStateIso3: iso3 }));

/** A pending invitation, named by its id (resend, revoke). */
export const invitationIdSchema = z.object({ invitationId: z.uuid(errorCode("validation.choose_invitation")) });
export type InvitationIdInput = z.output<typeof invitationIdSchema>;

/** The person's own password, chosen on the invitation's page (twice, as on the account page). */
export const acceptInvitationSchema = z
  .object({
    token: z.string().min(1).max(200),
    password: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: errorCode("validation.passwords_differ"),
  });
export type AcceptInvitationFormInput = z.input<typeof acceptInvitationSchema>;
export type AcceptInvitationInput = z.output<typeof acceptInvitationSchema>;
