"use server";
import { publicationFormSchema } from "@/lib/api/publication.validation";
import { setPublicationDate } from "@/server/publication";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import * as admin from "@/server/admin";
import * as invitations from "@/server/invitations";
import * as reminders from "@/server/reminders";
import { cycleDeadlineFormSchema } from "@/lib/notifications/notifications.validation";
import { invitationIdSchema, inviteFormSchema } from "@/lib/admin/invitations.validation";
import { requestOrigin } from "@/lib/api/origin";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import {
  changeRoleSchema,
  createAccountSchema,
  resetPasswordSchema,
  resetTwoFactorSchema,
  setAccountDisabledSchema,
} from "@/lib/admin/accounts.validation";
import { cycleYearInputSchema } from "@/lib/admin/cycles.validation";
import { moveMemberStateSchema } from "@/lib/admin/regions.validation";
import { accountHistorySchema } from "@/lib/admin/account-events";
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

export const resetAccountTwoFactor = validatedAction(resetTwoFactorSchema, (input, actor) =>
  admin.resetAccountTwoFactor(actor, input),
);

export const openNewCycle = validatedAction(cycleYearInputSchema, (input, actor) => admin.openNewCycle(actor, input));

export const closeCycle = validatedAction(cycleYearInputSchema, (input, actor) => admin.closeCycle(actor, input));

export const reopenCycle = validatedAction(cycleYearInputSchema, (input, actor) => admin.reopenCycle(actor, input));

export const moveMemberState = validatedAction(moveMemberStateSchema, (input, actor) =>
  admin.moveMemberState(actor, input),
);

/** Where this request came in, for the links of the messages (BETTER_AUTH_URL wins when set). */
async function mailContext() {
  const [requestHeaders, locale] = await Promise.all([headers(), getLocale()]);
  return {
    locale: isLocale(locale) ? locale : DEFAULT_LOCALE,
    requestOrigin: requestOrigin(requestHeaders, `http://${requestHeaders.get("host") ?? "localhost"}`),
  };
}

export const inviteAccount = validatedAction(inviteFormSchema, async (input, actor) =>
  invitations.invite(actor, input, await mailContext()),
);

export const resendInvitation = validatedAction(invitationIdSchema, async (input, actor) =>
  invitations.resendInvitation(actor, input.invitationId, await mailContext()),
);

export const revokeInvitation = validatedAction(invitationIdSchema, (input, actor) =>
  invitations.revokeInvitation(actor, input.invitationId),
);

export const setCycleDeadline = validatedAction(cycleDeadlineFormSchema, ({ cycle, deadline }, actor) =>
  reminders.setCycleDeadline(actor, cycle, deadline),
);

export const setPublicationDateAction = validatedAction(publicationFormSchema, async ({ cycle, publishAt }, actor) => {
  await setPublicationDate(actor, cycle, { publishAt });
  return { cycle };
});

export const loadAccountHistory = validatedAction(accountHistorySchema, (input, actor) =>
  admin.listAccountHistory(actor, input),
);
