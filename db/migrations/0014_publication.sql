CREATE TABLE "cycle_publications" (
	"cycle" integer PRIMARY KEY NOT NULL,
	"publish_at" timestamp with time zone NOT NULL,
	"set_by_id" text,
	"set_by_name" text NOT NULL,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publication_consents" (
	"cycle" integer NOT NULL,
	"iso3" text NOT NULL,
	"consent" boolean NOT NULL,
	"decided_by_id" text,
	"decided_by_name" text NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "publication_consents_cycle_iso3_pk" PRIMARY KEY("cycle","iso3")
);
--> statement-breakpoint
CREATE TABLE "publication_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"cycle" integer NOT NULL,
	"iso3" text,
	"field" text NOT NULL,
	"actor_id" text,
	"actor_name" text NOT NULL,
	"old_value" jsonb,
	"new_value" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "publication_log_field_check" CHECK ("publication_log"."field" in ('publish_at', 'consent'))
);
--> statement-breakpoint
ALTER TABLE "cycle_publications" ADD CONSTRAINT "cycle_publications_cycle_cycles_year_fk" FOREIGN KEY ("cycle") REFERENCES "public"."cycles"("year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_publications" ADD CONSTRAINT "cycle_publications_set_by_id_user_id_fk" FOREIGN KEY ("set_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_consents" ADD CONSTRAINT "publication_consents_cycle_cycles_year_fk" FOREIGN KEY ("cycle") REFERENCES "public"."cycles"("year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_consents" ADD CONSTRAINT "publication_consents_iso3_member_states_iso3_fk" FOREIGN KEY ("iso3") REFERENCES "public"."member_states"("iso3") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_consents" ADD CONSTRAINT "publication_consents_decided_by_id_user_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "publication_log_cycle_idx" ON "publication_log" USING btree ("cycle","id");
--> statement-breakpoint
-- Hand-written (issue 20): the publication log is append-only, like the audit trail.
CREATE OR REPLACE FUNCTION publication_log_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'publication_log is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER publication_log_no_update_or_delete
  BEFORE UPDATE OR DELETE ON publication_log
  FOR EACH ROW EXECUTE FUNCTION publication_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER publication_log_no_truncate
  BEFORE TRUNCATE ON publication_log
  FOR EACH STATEMENT EXECUTE FUNCTION publication_log_refuse_change();
