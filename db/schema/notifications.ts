import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { user } from "./auth";
import { cycles, memberStates } from "./reference";

/**
 * One Member State's own submission deadline in a cycle, granted by BDT; it replaces the cycle's deadline for
 * that state (reminders and "due in N days" read it).
 */
export const deadlineExtensions = pgTable(
  "deadline_extensions",
  {
    cycle: integer("cycle")
      .notNull()
      .references(() => cycles.year),
    iso3: text("iso3")
      .notNull()
      .references(() => memberStates.iso3),
    deadline: date("deadline", { mode: "string" }).notNull(),
    grantedBy: text("granted_by").references(() => user.id, { onDelete: "set null" }),
    grantedAt: timestamp("granted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.cycle, t.iso3] })],
);

/**
 * The in-app inbox: one row per message to one person (server/notifications.ts `notify`). `params` are the
 * values the message is written with in the reader's language. `dedupeKey`, when set, makes a message unique
 * per person: a reminder run that meets it again (or a second app server at the same moment) writes nothing.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    params: jsonb("params").$type<Record<string, string | number>>().notNull().default({}),
    link: text("link").notNull(),
    dedupeKey: text("dedupe_key"),
    emailed: boolean("emailed").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    // Nulls are distinct: messages without a key never collide.
    uniqueIndex("notifications_dedupe_idx").on(t.userId, t.dedupeKey),
    // The badge's count and the inbox list.
    index("notifications_user_idx").on(t.userId, t.createdAt),
  ],
);

/** How a person wants to hear: by e-mail as well as in the app (the default), and in which language. */
export const notificationSettings = pgTable("notification_settings", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  email: boolean("email").notNull().default(true),
  locale: text("locale").notNull().default("en"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
