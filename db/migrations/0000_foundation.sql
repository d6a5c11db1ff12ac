CREATE TABLE "app_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cycles" (
	"year" integer PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "cycles_status_check" CHECK ("cycles"."status" in ('open', 'closed')),
	CONSTRAINT "cycles_year_check" CHECK ("cycles"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "member_states" (
	"iso3" text PRIMARY KEY NOT NULL,
	"iso2" text NOT NULL,
	"numeric" text NOT NULL,
	"region" text NOT NULL,
	"name_en" text NOT NULL,
	"name_fr" text NOT NULL,
	"name_es" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_ar" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_states_iso2_unique" UNIQUE("iso2"),
	CONSTRAINT "member_states_numeric_unique" UNIQUE("numeric"),
	CONSTRAINT "member_states_region_check" CHECK ("member_states"."region" in ('africa', 'americas', 'arab-states', 'asia-pacific', 'cis', 'europe'))
);
--> statement-breakpoint
CREATE INDEX "member_states_region_idx" ON "member_states" USING btree ("region");