import { z } from "zod";
import { LOCALES } from "../i18n/locales";

/** What the deadline, reminder, campaign and inbox endpoints answer (OpenAPI document and tests). */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const cycleDeadlineSchema = z.object({ cycle: z.number().int(), deadline: isoDay.nullable() });

export const stateDeadlineSchema = z.object({
  cycle: z.number().int(),
  iso3: z.string(),
  deadline: isoDay.nullable().describe("The state's own deadline; null: none (the cycle's applies)"),
  effective: isoDay.nullable().describe("The deadline that applies to the state now"),
});

export const remindersQueuedSchema = z.object({
  queued: z.number().int().describe("Messages written (inbox rows; e-mails for those who want them)"),
  states: z.number().int().describe("States reminded: those chosen that have not submitted"),
});

const regionRatesSchema = z.object({
  region: z.string(),
  states: z.number().int(),
  responded: z.number().int(),
  submitted: z.number().int(),
  responseRate: z.number(),
  submissionRate: z.number(),
});

export const campaignSchema = z.object({
  cycle: z.number().int(),
  open: z.boolean(),
  deadline: isoDay.nullable(),
  regions: z.array(regionRatesSchema),
  total: regionRatesSchema,
  series: z.array(z.object({ day: isoDay, values: z.record(z.string(), z.number()) })),
  late: z.array(
    z.object({
      iso3: z.string(),
      region: z.string(),
      status: z.string(),
      deadline: isoDay,
      daysOverdue: z.number().int(),
    }),
  ),
  states: z.array(
    z.object({
      iso3: z.string(),
      region: z.string(),
      status: z.string(),
      deadline: isoDay.nullable(),
      extension: isoDay.nullable(),
      lastActivityAt: z.string().nullable(),
    }),
  ),
});

export const inboxSchema = z.object({
  unread: z.number().int(),
  items: z.array(
    z.object({
      id: z.number().int(),
      kind: z.string(),
      title: z.string(),
      body: z.string(),
      link: z.string(),
      createdAt: z.string(),
      read: z.boolean(),
    }),
  ),
});

export const markedReadSchema = z.object({ marked: z.number().int(), unread: z.number().int() });

export const notificationSettingsResponseSchema = z.object({ email: z.boolean(), locale: z.enum(LOCALES) });

export const reminderRunSchema = z.object({
  reminders: z.number().int().describe("Deadline reminders written"),
  overdueActions: z.number().int().describe("Messages about overdue plan actions written"),
});
