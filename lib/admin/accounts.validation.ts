import { z } from "zod";
import { isStorableText } from "../api/text";
import { isStateRole, ROLES, type Role } from "../assessment/status";
import { newPasswordSchema } from "../auth/sign-in.validation";
import { errorCode } from "../errors/schema-message";

/**
 * What an administrator sends to manage accounts. One set of schemas: the forms
 * on /admin validate with them before sending, the server actions again on arrival.
 * Their messages are error codes (lib/i18n/messages/en/errors.json), written in the
 * reader's language by the forms' `FieldError` and by the server's error mapper.
 */

export const ROLE_LABELS: Record<Role, string> = {
  focal_point: "Focal point",
  contributor: "Contributor",
  analyst: "BDT analyst",
  admin: "Administrator",
};

export const FOCAL_POINT_NEEDS_STATE = errorCode("validation.focal_point_needs_state");
export const ONLY_FOCAL_POINTS_HAVE_A_STATE = errorCode("validation.only_focal_points_have_state");

export const roleSchema = z.enum(ROLES, { error: errorCode("validation.choose_role") });

/** An ISO alpha-3 code, or "" / null for "no Member State" (what an empty select sends). */
export const memberStateFieldSchema = z
  .union([z.literal(""), z.string().regex(/^[A-Z]{3}$/, errorCode("validation.choose_member_state"))])
  .nullable()
  .optional()
  .transform((v) => v || null);

/** The database's CHECK, said to a person: a focal point has exactly one state, other roles none. */
export function roleBindingProblem(role: Role, iso3: string | null): string | null {
  if (isStateRole(role) && !iso3) return FOCAL_POINT_NEEDS_STATE;
  if (!isStateRole(role) && iso3) return ONLY_FOCAL_POINTS_HAVE_A_STATE;
  return null;
}

function refineRoleBinding(value: { role: Role; memberStateIso3: string | null }, ctx: z.RefinementCtx) {
  const problem = roleBindingProblem(value.role, value.memberStateIso3);
  if (problem) ctx.addIssue({ code: "custom", path: ["memberStateIso3"], message: problem });
}

export const userIdSchema = z.string().trim().min(1, errorCode("validation.choose_account")).max(100);

export const personNameSchema = z
  .string()
  .trim()
  .min(1, errorCode("validation.name_required"))
  .max(200, errorCode("validation.name_too_long"))
  .refine(isStorableText, errorCode("validation.name_unstorable"));

export const accountEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, errorCode("validation.email_required"))
  .max(320, errorCode("validation.email_too_long"))
  .email(errorCode("validation.email_invalid"));

export const createAccountSchema = z
  .object({
    name: personNameSchema,
    email: accountEmailSchema,
    role: roleSchema,
    memberStateIso3: memberStateFieldSchema,
    password: newPasswordSchema,
  })
  .superRefine(refineRoleBinding);
export type CreateAccountFormInput = z.input<typeof createAccountSchema>;
export type CreateAccountInput = z.output<typeof createAccountSchema>;

export const changeRoleSchema = z
  .object({ userId: userIdSchema, role: roleSchema, memberStateIso3: memberStateFieldSchema })
  .superRefine(refineRoleBinding);
export type ChangeRoleFormInput = z.input<typeof changeRoleSchema>;
export type ChangeRoleInput = z.output<typeof changeRoleSchema>;

export const setAccountDisabledSchema = z.object({ userId: userIdSchema, disabled: z.boolean() });
export type SetAccountDisabledInput = z.output<typeof setAccountDisabledSchema>;

export const resetPasswordSchema = z.object({ userId: userIdSchema, password: newPasswordSchema });
export type ResetPasswordInput = z.output<typeof resetPasswordSchema>;

/** The accounts table's filter, from the page's query string; anything unknown means "no filter". */
export const accountFilterSchema = z.object({
  role: z.enum(ROLES).optional().catch(undefined),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
});
export type AccountFilter = z.output<typeof accountFilterSchema>;

export const resetTwoFactorSchema = z.object({ userId: userIdSchema });
export type ResetTwoFactorInput = z.output<typeof resetTwoFactorSchema>;

/** The path parameter of /api/v1/admin/accounts/{id}/two-factor. */
export const accountParamsSchema = z.strictObject({ id: userIdSchema });
