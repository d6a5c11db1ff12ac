CREATE TABLE "assignments" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"iso3" text NOT NULL,
	"cycle" integer NOT NULL,
	"question_id" text NOT NULL,
	"user_id" text NOT NULL,
	"due_date" date,
	"assigned_by" text,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignments_question_unique" UNIQUE("iso3","cycle","question_id")
);
--> statement-breakpoint
CREATE TABLE "question_comments" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"iso3" text NOT NULL,
	"cycle" integer NOT NULL,
	"question_id" text NOT NULL,
	"author_id" text,
	"author_name" text NOT NULL,
	"author_role" text NOT NULL,
	"body" text NOT NULL,
	"mentions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "user" DROP CONSTRAINT "user_role_check";--> statement-breakpoint
ALTER TABLE "user" DROP CONSTRAINT "user_focal_point_state_check";--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_field_check";--> statement-breakpoint
ALTER TABLE "invitations" DROP CONSTRAINT "invitations_role_check";--> statement-breakpoint
ALTER TABLE "invitations" DROP CONSTRAINT "invitations_focal_point_state_check";--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_iso3_member_states_iso3_fk" FOREIGN KEY ("iso3") REFERENCES "public"."member_states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_assigned_by_user_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_comments" ADD CONSTRAINT "question_comments_iso3_member_states_iso3_fk" FOREIGN KEY ("iso3") REFERENCES "public"."member_states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignments_user_idx" ON "assignments" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "question_comments_thread_idx" ON "question_comments" USING btree ("iso3","cycle","question_id","id");--> statement-breakpoint
ALTER TABLE "user" ADD CONSTRAINT "user_role_check" CHECK ("user"."role" in ('focal_point', 'contributor', 'analyst', 'admin'));--> statement-breakpoint
ALTER TABLE "user" ADD CONSTRAINT "user_focal_point_state_check" CHECK (("user"."role" in ('focal_point', 'contributor')) = ("user"."member_state_iso3" is not null));--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_field_check" CHECK ("audit_log"."field" in ('value', 'evidence', 'note', 'status', 'document', 'framework', 'review', 'assignment'));--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_role_check" CHECK ("invitations"."role" in ('focal_point', 'contributor', 'analyst', 'admin'));--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_focal_point_state_check" CHECK (("invitations"."role" in ('focal_point', 'contributor')) = ("invitations"."member_state_iso3" is not null));--> statement-breakpoint
-- BEGIN hand-written (issue 18, branch i18b): question comment threads are append-only.
CREATE OR REPLACE FUNCTION question_comments_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'question_comments is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER question_comments_no_update_or_delete
  BEFORE UPDATE OR DELETE ON question_comments
  FOR EACH ROW EXECUTE FUNCTION question_comments_refuse_change();
--> statement-breakpoint
CREATE TRIGGER question_comments_no_truncate
  BEFORE TRUNCATE ON question_comments
  FOR EACH STATEMENT EXECUTE FUNCTION question_comments_refuse_change();
-- END hand-written
