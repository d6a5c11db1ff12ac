import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { user } from "./auth";
import { cycles, memberStates } from "./reference";

/**
 * One Member State's assessment in one cycle. `version` grows by one on every
 * accepted change, so a change made against an older version is refused (409).
 * Scores are stored with the answers that produced them, never recomputed on read.
 */
export const assessments = pgTable(
  "assessments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    iso3: text("iso3")
      .notNull()
      .references(() => memberStates.iso3),
    cycle: integer("cycle")
      .notNull()
      .references(() => cycles.year),
    frameworkId: text("framework_id").notNull(),
    status: text("status").notNull().default("draft"),
    version: integer("version").notNull().default(1),
    overall: doublePrecision("overall").notNull().default(0),
    tierLevel: integer("tier_level").notNull().default(5),
    tierName: text("tier_name").notNull().default(""),
    pillarScores: jsonb("pillar_scores").$type<Record<string, number>>().notNull().default({}),
    outcomeScores: jsonb("outcome_scores").$type<Record<string, number>>().notNull().default({}),
    completion: doublePrecision("completion").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    validatedAt: timestamp("validated_at", { withTimezone: true }),
    // The validated score (after BDT's decisions, docs/methodology.md), stored when the assessment is validated;
    // null before. Its completion is the self-assessed one: validation changes credit, not what was answered.
    validatedOverall: doublePrecision("validated_overall"),
    validatedTierLevel: integer("validated_tier_level"),
    validatedTierName: text("validated_tier_name"),
    validatedPillarScores: jsonb("validated_pillar_scores").$type<Record<string, number>>(),
    validatedOutcomeScores: jsonb("validated_outcome_scores").$type<Record<string, number>>(),
  },
  (t) => [
    unique("assessments_state_cycle_unique").on(t.iso3, t.cycle),
    index("assessments_cycle_status_idx").on(t.cycle, t.status),
    check("assessments_status_check", sql`${t.status} in ('draft', 'submitted', 'returned', 'validated')`),
    check("assessments_version_check", sql`${t.version} >= 1`),
  ],
);

export const answers = pgTable(
  "answers",
  {
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    value: text("value"),
    evidence: jsonb("evidence").$type<string[]>().notNull().default([]),
    note: text("note").notNull().default(""),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.questionId] })],
);

export const statusHistory = pgTable(
  "assessment_status_history",
  {
    id: serial("id").primaryKey(),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    fromStatus: text("from_status").notNull(),
    toStatus: text("to_status").notNull(),
    actorId: text("actor_id").references(() => user.id, { onDelete: "set null" }),
    actorName: text("actor_name").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("status_history_assessment_idx").on(t.assessmentId)],
);

/** An analyst's comment on one question, made when returning an assessment. */
export const reviewComments = pgTable(
  "review_comments",
  {
    id: serial("id").primaryKey(),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    statusHistoryId: integer("status_history_id")
      .notNull()
      .references(() => statusHistory.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    text: text("text").notNull(),
    authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
    authorName: text("author_name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("review_comments_assessment_idx").on(t.assessmentId)],
);

/**
 * Every change of an answer, its evidence, its note, the status or the questionnaire version: who, when,
 * old and new value. Append-only: a trigger (migration 0002) refuses updates and deletes.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    assessmentId: uuid("assessment_id").notNull(),
    iso3: text("iso3").notNull(),
    cycle: integer("cycle").notNull(),
    actorId: text("actor_id"),
    actorName: text("actor_name").notNull(),
    field: text("field").notNull(),
    questionId: text("question_id"),
    oldValue: jsonb("old_value"),
    newValue: jsonb("new_value"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_log_assessment_idx").on(t.assessmentId, t.id),
    check(
      "audit_log_field_check",
      sql`${t.field} in ('value', 'evidence', 'note', 'status', 'document', 'framework', 'review', 'assignment')`,
    ),
  ],
);

/**
 * The validation dialogue, one step per row: an analyst's accept, query or proposal on one answer, a focal
 * point's reply or acceptance of a proposal. An answer's review state is the fold of its steps
 * (lib/validation/dialogue.ts), so nothing is ever updated: append-only, like audit_log (migration 0007).
 */
export const reviewSteps = pgTable(
  "review_steps",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    assessmentId: uuid("assessment_id").notNull(),
    questionId: text("question_id").notNull(),
    step: text("step").notNull(),
    comment: text("comment").notNull().default(""),
    /** A proposal's option value. */
    proposedValue: text("proposed_value"),
    /** The answer's value when the step was taken: an acceptance holds for that value only. */
    answerValue: text("answer_value"),
    actorId: text("actor_id"),
    actorName: text("actor_name").notNull(),
    actorRole: text("actor_role").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("review_steps_assessment_idx").on(t.assessmentId, t.id),
    check("review_steps_step_check", sql`${t.step} in ('accept', 'query', 'propose', 'reply', 'accept_proposal')`),
  ],
);
