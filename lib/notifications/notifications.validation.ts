import { z } from "zod";
import { errorCode } from "../errors/schema-message";
import { LOCALES } from "../i18n/locales";
import { REGION_IDS } from "../reference/types";

/** The account page's choice: e-mail as well as the inbox, or the inbox only; and the language of e-mails. */
export const notificationSettingsSchema = z
  .object({
    email: z.boolean({ error: errorCode("validation.notification_email") }),
    locale: z.enum(LOCALES, { error: errorCode("validation.locale", { values: LOCALES.join(", ") }) }),
  })
  .strict();
export type NotificationSettingsInput = z.infer<typeof notificationSettingsSchema>;

const MARK_READ = errorCode("validation.mark_read");
/**
 * Marks messages read: the given ids, or every message when `all` is true. One object (not a union), so that
 * a bad id is refused naming its place (`ids.0`).
 */
export const markReadSchema = z
  .object({
    ids: z
      .array(z.number({ error: MARK_READ }).int(MARK_READ).positive(MARK_READ), { error: MARK_READ })
      .min(1, MARK_READ)
      .max(500, MARK_READ)
      .optional(),
    all: z.literal(true, { error: MARK_READ }).optional(),
  })
  .strict()
  .refine((v) => (v.ids === undefined) !== (v.all === undefined), { error: MARK_READ, path: ["ids"] });
export type MarkReadInput = z.infer<typeof markReadSchema>;

const DEADLINE = errorCode("validation.deadline_date");
/** A deadline: a calendar day "YYYY-MM-DD" from 2000 to 2100, or null to remove it. */
export const deadlineSchema = z
  .string({ error: DEADLINE })
  .regex(/^\d{4}-\d{2}-\d{2}$/, DEADLINE)
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v) && v >= "2000-01-01" && v <= "2100-12-31";
  }, DEADLINE)
  .nullable();

/** A cycle's submission deadline (administrators), or a state's own (BDT); null removes it. */
export const deadlineRequestSchema = z.object({ deadline: deadlineSchema }).strict();
export type DeadlineRequest = z.infer<typeof deadlineRequestSchema>;

const reminderTarget = {
  iso3: z
    .string({ error: errorCode("validation.iso3") })
    .regex(/^[A-Z]{3}$/, errorCode("validation.iso3"))
    .optional(),
  region: z.enum(REGION_IDS, { error: errorCode("validation.choose_region") }).optional(),
};
const oneTarget = <T extends { iso3?: string; region?: string }>(v: T) => !(v.iso3 && v.region);
const ONE_TARGET = { message: errorCode("validation.reminder_target"), path: ["region"] };

/** "Send a reminder now": to one state, to the states of one region, or (neither) to every state not submitted. */
export const reminderRequestSchema = z.object(reminderTarget).strict().refine(oneTarget, ONE_TARGET);
export type ReminderRequest = z.infer<typeof reminderRequestSchema>;

const cycleYear = z
  .number({ error: errorCode("validation.cycle_year") })
  .int(errorCode("validation.cycle_year"))
  .min(2000, errorCode("validation.cycle_year"))
  .max(2100, errorCode("validation.cycle_year"));

/** The pages' forms: the same requests with the cycle they concern. */
export const cycleDeadlineFormSchema = z.object({ cycle: cycleYear, deadline: deadlineSchema }).strict();
export const stateDeadlineFormSchema = z
  .object({
    cycle: cycleYear,
    iso3: z.string({ error: errorCode("validation.iso3") }).regex(/^[A-Z]{3}$/, errorCode("validation.iso3")),
    deadline: deadlineSchema,
  })
  .strict();
export const reminderFormSchema = z
  .object({ cycle: cycleYear, ...reminderTarget })
  .strict()
  .refine(oneTarget, ONE_TARGET);
