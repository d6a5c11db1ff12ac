import { sql } from "drizzle-orm";
import { bigserial, date, index, integer, jsonb, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { memberStates } from "./reference";

/**
 * A question of one state's assessment in one cycle given to a contributor of that state by a focal point,
 * with an optional due date. One person per question: assigning it again moves it. Keyed by state and cycle
 * (not by the assessment row) so that work can be shared out before the first answer; every change is also
 * written to the assessment's audit trail (field `assignment`).
 */
export const assignments = pgTable(
  "assignments",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    iso3: text("iso3")
      .notNull()
      .references(() => memberStates.iso3),
    cycle: integer("cycle").notNull(),
    questionId: text("question_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    dueDate: date("due_date", { mode: "string" }),
    assignedBy: text("assigned_by").references(() => user.id, { onDelete: "set null" }),
    assignedAt: timestamp("assigned_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("assignments_question_unique").on(t.iso3, t.cycle, t.questionId),
    index("assignments_user_idx").on(t.userId),
  ],
);

/**
 * One comment of a question's thread, between the state's people (and BDT once the state shared the
 * assessment). Append-only: a trigger (hand-written SQL in its migration) refuses updates and deletes.
 * `mentions` are the ids of the people the comment names with @, each notified once.
 */
export const questionComments = pgTable(
  "question_comments",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    iso3: text("iso3")
      .notNull()
      .references(() => memberStates.iso3),
    cycle: integer("cycle").notNull(),
    questionId: text("question_id").notNull(),
    // No foreign key: the thread is append-only, so removing an account must not try to update it.
    authorId: text("author_id"),
    authorName: text("author_name").notNull(),
    authorRole: text("author_role").notNull(),
    body: text("body").notNull(),
    mentions: jsonb("mentions")
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("question_comments_thread_idx").on(t.iso3, t.cycle, t.questionId, t.id)],
);
