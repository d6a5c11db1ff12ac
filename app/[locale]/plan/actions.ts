"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { createActionsFromGaps, createPlanActions, updatePlanAction } from "@/server/plans";
import {
  actionsFromGapsActionSchema,
  createActionActionSchema,
  updateActionActionSchema,
} from "@/lib/plan/plan.validation";
import { LOCALES } from "@/lib/i18n/locales";
import { validatedAction } from "@/app/_lib/action";

/** The pages that show a state's plan, in every language, refreshed after every change. */
function refreshPlanPages(iso3: string) {
  for (const locale of LOCALES) {
    revalidatePath(`/${locale}/plan`);
    revalidatePath(`/${locale}/states/${iso3}/plan`);
  }
}

export const createActionAction = validatedAction(createActionActionSchema, async ({ iso3, action }, actor) => {
  const [created] = await createPlanActions(actor, iso3, [action]);
  refreshPlanPages(iso3);
  return created!;
});

export const createActionsFromGapsAction = validatedAction(
  actionsFromGapsActionSchema,
  async ({ iso3, gaps }, actor) => {
    const created = await createActionsFromGaps(actor, iso3, gaps, await getLocale());
    refreshPlanPages(iso3);
    return created;
  },
);

export const updateActionAction = validatedAction(updateActionActionSchema, async ({ iso3, id, patch }, actor) => {
  const updated = await updatePlanAction(actor, iso3, id, patch);
  refreshPlanPages(iso3);
  return updated;
});
