"use server";

import { headers } from "next/headers";
import { requestOrigin } from "@/lib/api/origin";
import { reminderFormSchema, stateDeadlineFormSchema } from "@/lib/notifications/notifications.validation";
import { sendRemindersNow, setStateDeadline } from "@/server/reminders";
import { validatedAction } from "@/app/_lib/action";

// Thin on purpose: the service functions refuse anyone outside BDT.

export const sendReminders = validatedAction(reminderFormSchema, async ({ cycle, iso3, region }, actor) => {
  const h = await headers();
  return sendRemindersNow(
    actor,
    cycle,
    { iso3, region },
    { origin: requestOrigin(h, `http://${h.get("host") ?? "localhost"}`) },
  );
});

export const giveStateDeadline = validatedAction(stateDeadlineFormSchema, ({ cycle, iso3, deadline }, actor) =>
  setStateDeadline(actor, cycle, iso3, deadline),
);
