/**
 * The action plan's shared zod schemas: the browser forms, the server actions
 * and the REST endpoints parse with these same objects.
 */
import { z } from "zod";
import { errorCode } from "../errors/schema-message";
import { iso3ParamSchema } from "../api/assessments.validation";
import { ACTION_STATUSES, OWNER_MAX, PRIORITIES, TITLE_MAX, TITLE_MIN } from "./plan-values";

export {
  ACTION_STATUSES,
  isOpen,
  OPEN_STATUSES,
  OWNER_MAX,
  PRIORITIES,
  PRIORITY_LABEL,
  STATUS_LABEL,
  TITLE_MAX,
  TITLE_MIN,
  type ActionStatus,
  type Priority,
} from "./plan-values";

const title = z
  .string({ error: errorCode("validation.text", { field: "title" }) })
  .trim()
  .min(TITLE_MIN, errorCode("validation.action_title_short", { min: TITLE_MIN }))
  .max(TITLE_MAX, errorCode("validation.action_title_long", { max: TITLE_MAX }));
const owner = z
  .string({ error: errorCode("validation.text", { field: "owner" }) })
  .trim()
  .min(2, errorCode("validation.action_owner_short"))
  .max(OWNER_MAX, errorCode("validation.action_owner_long", { max: OWNER_MAX }));
const DATE_FORMAT = errorCode("validation.target_date_format");
/** A calendar date, "YYYY-MM-DD", that exists (no 31 February). */
export const isoDateSchema = z
  .string({ error: DATE_FORMAT })
  .regex(/^\d{4}-\d{2}-\d{2}$/, DATE_FORMAT)
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
  }, errorCode("validation.target_date_calendar"))
  .refine(
    (v) => v >= "2000-01-01" && v <= "2100-12-31",
    errorCode("validation.target_date_range", { first: 2000, last: 2100 }),
  );
const priority = z.enum(PRIORITIES, {
  error: errorCode("validation.one_of", { field: "priority", values: PRIORITIES.join(", ") }),
});
const status = z.enum(ACTION_STATUSES, {
  error: errorCode("validation.one_of", { field: "status", values: ACTION_STATUSES.join(", ") }),
});
const QUESTION_ID = errorCode("validation.question_id");
const questionId = z.string({ error: QUESTION_ID }).regex(/^[A-Z]{3}-[A-Z]{2,5}-\d{2}$/, QUESTION_ID);
const MAX_GAPS = 200;

/** A new action: what it does, which question it addresses, who owns it and by when. */
export const newActionSchema = z.strictObject({
  questionId,
  title,
  owner,
  targetDate: isoDateSchema,
  priority,
  status: status.default("planned"),
});
export type NewAction = z.infer<typeof newActionSchema>;

/** Several gaps turned into actions in one step (the what-if view): each gets its suggested title. */
export const actionsFromGapsSchema = z.strictObject({
  questionIds: z
    .array(questionId, { error: errorCode("validation.question_ids_list") })
    .min(1, errorCode("validation.choose_gap"))
    .max(MAX_GAPS, errorCode("validation.gaps_too_many", { max: MAX_GAPS }))
    .refine((ids) => new Set(ids).size === ids.length, errorCode("validation.gap_twice")),
  owner,
  targetDate: isoDateSchema,
  priority,
});
export type ActionsFromGaps = z.infer<typeof actionsFromGapsSchema>;

const CHANGEABLE = ["title", "owner", "targetDate", "priority", "status"] as const;

/** A change to an action, made against the version the client read (409 when stale). */
export const actionPatchSchema = z
  .strictObject({
    version: z
      .number({ error: errorCode("validation.version_number") })
      .int(errorCode("validation.version_integer"))
      .min(1),
    title: title.optional(),
    owner: owner.optional(),
    targetDate: isoDateSchema.optional(),
    priority: priority.optional(),
    status: status.optional(),
  })
  .superRefine((p, ctx) => {
    // Each field is named, so that whichever one the client meant to send, its name is in the answer.
    if (CHANGEABLE.some((field) => p[field] !== undefined)) return;
    for (const field of CHANGEABLE)
      ctx.addIssue({ code: "custom", path: [field], message: errorCode("validation.change_a_field") });
  });
export type ActionPatch = z.infer<typeof actionPatchSchema>;

export const planParamsSchema = z.object({ iso3: iso3ParamSchema });
export const actionParamsSchema = planParamsSchema.extend({
  id: z.uuid({ error: errorCode("validation.action_id") }),
});

/** Filters of the plan list, as query parameters (`?status=planned&priority=high`). */
export const planQuerySchema = z.strictObject({
  status: status.optional(),
  priority: priority.optional(),
});
export type PlanQuery = z.infer<typeof planQuerySchema>;

/** The server actions name the state: a focal point's own, checked again in the data layer. */
export const planTargetSchema = z.object({ iso3: z.string().regex(/^[A-Z]{3}$/, errorCode("validation.iso3")) });
export const createActionActionSchema = planTargetSchema.extend({ action: newActionSchema });
export const actionsFromGapsActionSchema = planTargetSchema.extend({ gaps: actionsFromGapsSchema });
export const updateActionActionSchema = planTargetSchema.extend({
  id: actionParamsSchema.shape.id,
  patch: actionPatchSchema,
});
