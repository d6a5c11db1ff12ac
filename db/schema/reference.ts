import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** ITU Member States. The region is data, not code: administrators may move a state. */
export const memberStates = pgTable(
  "member_states",
  {
    iso3: text("iso3").primaryKey(),
    iso2: text("iso2").notNull().unique(),
    numeric: text("numeric").notNull().unique(),
    region: text("region").notNull(),
    nameEn: text("name_en").notNull(),
    nameFr: text("name_fr").notNull(),
    nameEs: text("name_es").notNull(),
    nameRu: text("name_ru").notNull(),
    nameZh: text("name_zh").notNull(),
    nameAr: text("name_ar").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("member_states_region_idx").on(t.region),
    check(
      "member_states_region_check",
      sql`${t.region} in ('africa', 'americas', 'arab-states', 'asia-pacific', 'cis', 'europe')`,
    ),
  ],
);

/** Assessment cycles, one a year. Exactly the open ones accept answers. */
export const cycles = pgTable(
  "cycles",
  {
    year: integer("year").primaryKey(),
    status: text("status").notNull().default("open"),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    // The last day (UTC) to submit; null: no deadline set. A state may have its own (deadline_extensions).
    submissionDeadline: date("submission_deadline", { mode: "string" }),
  },
  (t) => [
    check("cycles_status_check", sql`${t.status} in ('open', 'closed')`),
    check("cycles_year_check", sql`${t.year} between 2000 and 2100`),
  ],
);

/** Facts about this database itself, such as which seeds have run. */
export const appMeta = pgTable("app_meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
