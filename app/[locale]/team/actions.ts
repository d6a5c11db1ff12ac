"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { validatedAction } from "@/app/_lib/action";
import { requestOrigin } from "@/lib/api/origin";
import { appError } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { assignmentRequestSchema, inviteContributorSchema, withdrawAssignmentSchema } from "@/lib/team/team.validation";
import { memberStateOf } from "@/server/access";
import { getOpenCycle } from "@/server/cycles";
import { invite } from "@/server/invitations";
import { assignQuestions, withdrawAssignment } from "@/server/team";

// Thin on purpose: the session and input are checked by validatedAction; the service functions decide who
// may do what (a focal point of the state). The state is the actor's own and the cycle the open one.

async function notifyContext() {
  const [requestHeaders, locale] = await Promise.all([headers(), getLocale()]);
  return {
    locale: isLocale(locale) ? locale : DEFAULT_LOCALE,
    requestOrigin: requestOrigin(requestHeaders, `http://${requestHeaders.get("host") ?? "localhost"}`),
  };
}

async function openCycle(): Promise<number> {
  const cycle = await getOpenCycle();
  if (cycle === null) throw appError("conflict.no_cycle");
  return cycle;
}

export const inviteContributor = validatedAction(inviteContributorSchema, async (input, actor) =>
  invite(actor, { ...input, role: "contributor", memberStateIso3: memberStateOf(actor) }, await notifyContext()),
);

export const assignQuestionsAction = validatedAction(assignmentRequestSchema, async (input, actor) =>
  assignQuestions(actor, memberStateOf(actor), await openCycle(), input, await notifyContext()),
);

export const withdrawAssignmentAction = validatedAction(withdrawAssignmentSchema, async (input, actor) =>
  withdrawAssignment(actor, memberStateOf(actor), await openCycle(), input.questionId),
);
