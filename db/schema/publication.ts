import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { user } from "./auth";
import { cycles, memberStates } from "./reference";

/**
 * The publication date BDT set for a closed cycle (lib/publication): an embargo until then, and from then
 * on the consenting states' validated results are public. No row: the cycle is not to be published.
 */
export const cyclePublications = pgTable("cycle_publications", {
  cycle: integer("cycle")
    .primaryKey()
    .references(() => cycles.year, { onDelete: "cascade" }),
  publishAt: timestamp("publish_at", { withTimezone: true }).notNull(),
  setById: text("set_by_id").references(() => user.id, { onDelete: "set null" }),
  setByName: text("set_by_name").notNull(),
  setAt: timestamp("set_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A state's decision whether its validated results of a cycle are published by name: who decided and when.
 * No row: no consent (nothing of the state is public).
 */
export const publicationConsents = pgTable(
  "publication_consents",
  {
    cycle: integer("cycle")
      .notNull()
      .references(() => cycles.year, { onDelete: "cascade" }),
    iso3: text("iso3")
      .notNull()
      .references(() => memberStates.iso3, { onDelete: "cascade" }),
    consent: boolean("consent").notNull(),
    decidedById: text("decided_by_id").references(() => user.id, { onDelete: "set null" }),
    decidedByName: text("decided_by_name").notNull(),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.cycle, t.iso3] })],
);

/**
 * Every change of a publication date or of a consent: who, when, old and new value. Append-only: a trigger
 * (in the migration that creates it) refuses updates and deletes.
 */
export const publicationLog = pgTable(
  "publication_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    cycle: integer("cycle").notNull(),
    /** Null for the cycle's publication date; the state for its consent. */
    iso3: text("iso3"),
    field: text("field").notNull(),
    actorId: text("actor_id"),
    actorName: text("actor_name").notNull(),
    oldValue: jsonb("old_value"),
    newValue: jsonb("new_value"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("publication_log_cycle_idx").on(t.cycle, t.id),
    check("publication_log_field_check", sql`${t.field} in ('publish_at', 'consent')`),
  ],
);
