import { z } from "zod";
import { isStorableText, unstorableText } from "../api/text";
import { ROLES, type Role } from "../assessment/status";
import { newPasswordSchema } from "../auth/sign-in.validation";

/**
 * What an administrator sends to manage accounts. One set of schemas: the forms
 * on /admin validate with them before sending, the server actions again on arrival.
 */

export const ROLE_LABELS: Record<Role, string> = {
  focal_point: "Focal point",
  analyst: "BDT analyst",
  admin: "Administrator",
};

export const FOCAL_POINT_NEEDS_STATE = "Choose the Member State this focal point answers for";
export const ONLY_FOCAL_POINTS_HAVE_A_STATE =
  "Only focal points answer for a Member State: leave it empty for analysts and administrators";

const roleSchema = z.enum(ROLES, { error: "Choose a role: focal point, BDT analyst or administrator" });

/** An ISO alpha-3 code, or "" / null for "no Member State" (what an empty select sends). */
const memberStateFieldSchema = z
  .union([z.literal(""), z.string().regex(/^[A-Z]{3}$/, "Choose a Member State from the list")])
  .nullable()
  .optional()
  .transform((v) => v || null);

/** The database's CHECK, said to a person: a focal point has exactly one state, other roles none. */
function refineRoleBinding(value: { role: Role; memberStateIso3: string | null }, ctx: z.RefinementCtx) {
  if (value.role === "focal_point" && !value.memberStateIso3) {
    ctx.addIssue({ code: "custom", path: ["memberStateIso3"], message: FOCAL_POINT_NEEDS_STATE });
  }
  if (value.role !== "focal_point" && value.memberStateIso3) {
    ctx.addIssue({ code: "custom", path: ["memberStateIso3"], message: ONLY_FOCAL_POINTS_HAVE_A_STATE });
  }
}

export const userIdSchema = z.string().trim().min(1, "Choose an account").max(100);

export const createAccountSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, "Enter the person's name")
      .max(200, "A name has at most 200 characters")
      .refine(isStorableText, unstorableText("The name")),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, "Enter the email address the person signs in with")
      .max(320, "An email address has at most 320 characters")
      .email("Enter a valid email address, e.g. name@example.org"),
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
