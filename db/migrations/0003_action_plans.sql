CREATE TABLE "plan_action_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"action_id" uuid NOT NULL,
	"iso3" text NOT NULL,
	"actor_id" text,
	"actor_name" text NOT NULL,
	"field" text NOT NULL,
	"old_value" jsonb,
	"new_value" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_action_events_field_check" CHECK ("plan_action_events"."field" in ('created', 'title', 'owner', 'target_date', 'priority', 'status'))
);
--> statement-breakpoint
CREATE TABLE "plan_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"iso3" text NOT NULL,
	"question_id" text NOT NULL,
	"clause" text NOT NULL,
	"title" text NOT NULL,
	"owner" text NOT NULL,
	"target_date" date NOT NULL,
	"priority" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"created_cycle" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	CONSTRAINT "plan_actions_status_check" CHECK ("plan_actions"."status" in ('planned', 'in_progress', 'done', 'dropped')),
	CONSTRAINT "plan_actions_priority_check" CHECK ("plan_actions"."priority" in ('high', 'medium', 'low')),
	CONSTRAINT "plan_actions_version_check" CHECK ("plan_actions"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_iso3_member_states_iso3_fk" FOREIGN KEY ("iso3") REFERENCES "public"."member_states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_created_cycle_cycles_year_fk" FOREIGN KEY ("created_cycle") REFERENCES "public"."cycles"("year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_action_events_action_idx" ON "plan_action_events" USING btree ("action_id","id");--> statement-breakpoint
CREATE INDEX "plan_actions_state_idx" ON "plan_actions" USING btree ("iso3");