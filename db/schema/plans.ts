import { sql } from "drizzle-orm";
import { bigserial, check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { cycles, memberStates } from "./reference";

/**
 * A Member State's action plan: actions that close gaps of its assessment.
 * Actions belong to the state, not to a cycle, so open ones carry over into the
 * next cycle; `createdCycle` records the cycle they were made in. `version`
 * grows by one on every change (a change against an older version gets 409).
 */
export const planActions = pgTable(
  "plan_actions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    iso3: text("iso3")
      .notNull()
      .references(() => memberStates.iso3),
    questionId: text("question_id").notNull(),
    clause: text("clause").notNull(),
    title: text("title").notNull(),
    owner: text("owner").notNull(),
    targetDate: date("target_date", { mode: "string" }).notNull(),
    priority: text("priority").notNull(),
    status: text("status").notNull().default("planned"),
    createdCycle: integer("created_cycle")
      .notNull()
      .references(() => cycles.year),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
  },
  (t) => [
    index("plan_actions_state_idx").on(t.iso3),
    check("plan_actions_status_check", sql`${t.status} in ('planned', 'in_progress', 'done', 'dropped')`),
    check("plan_actions_priority_check", sql`${t.priority} in ('high', 'medium', 'low')`),
    check("plan_actions_version_check", sql`${t.version} >= 1`),
  ],
);

/**
 * Every change of a plan action — its creation and each field changed — with
 * who, when, old and new value: the dated status history and the audit trail.
 * Append-only: a trigger (migration 0004) refuses updates and deletes.
 */
export const planActionEvents = pgTable(
  "plan_action_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actionId: uuid("action_id").notNull(),
    iso3: text("iso3").notNull(),
    actorId: text("actor_id"),
    actorName: text("actor_name").notNull(),
    field: text("field").notNull(),
    oldValue: jsonb("old_value"),
    newValue: jsonb("new_value"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("plan_action_events_action_idx").on(t.actionId, t.id),
    check(
      "plan_action_events_field_check",
      sql`${t.field} in ('created', 'title', 'owner', 'target_date', 'priority', 'status')`,
    ),
  ],
);
