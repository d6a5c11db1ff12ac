"use server";

import * as admin from "@/server/admin";
import {
  changeRoleSchema,
  createAccountSchema,
  resetPasswordSchema,
  setAccountDisabledSchema,
} from "@/lib/admin/accounts.validation";
import { cycleYearInputSchema } from "@/lib/admin/cycles.validation";
import { moveMemberStateSchema } from "@/lib/admin/regions.validation";
import { validatedAction } from "@/app/_lib/action";

// Thin on purpose: the session and the input are checked by validatedAction, and
// each service function refuses anyone who is not an administrator.

export const createAccount = validatedAction(createAccountSchema, (input, actor) => admin.createAccount(actor, input));

export const setAccountDisabled = validatedAction(setAccountDisabledSchema, (input, actor) =>
  admin.setAccountDisabled(actor, input),
);

export const changeAccountRole = validatedAction(changeRoleSchema, (input, actor) =>
  admin.changeAccountRole(actor, input),
);

export const resetAccountPassword = validatedAction(resetPasswordSchema, (input, actor) =>
  admin.resetAccountPassword(actor, input),
);

export const openNewCycle = validatedAction(cycleYearInputSchema, (input, actor) => admin.openNewCycle(actor, input));

export const closeCycle = validatedAction(cycleYearInputSchema, (input, actor) => admin.closeCycle(actor, input));

export const reopenCycle = validatedAction(cycleYearInputSchema, (input, actor) => admin.reopenCycle(actor, input));

export const moveMemberState = validatedAction(moveMemberStateSchema, (input, actor) =>
  admin.moveMemberState(actor, input),
);
