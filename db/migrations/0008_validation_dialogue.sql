CREATE TABLE "review_steps" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"assessment_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"step" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"proposed_value" text,
	"answer_value" text,
	"actor_id" text,
	"actor_name" text NOT NULL,
	"actor_role" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_steps_step_check" CHECK ("review_steps"."step" in ('accept', 'query', 'propose', 'reply', 'accept_proposal'))
);
--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_field_check";--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "validated_overall" double precision;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "validated_tier_level" integer;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "validated_tier_name" text;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "validated_pillar_scores" jsonb;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "validated_outcome_scores" jsonb;--> statement-breakpoint
CREATE INDEX "review_steps_assessment_idx" ON "review_steps" USING btree ("assessment_id","id");--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_field_check" CHECK ("audit_log"."field" in ('value', 'evidence', 'note', 'status', 'document', 'framework', 'review'));--> statement-breakpoint
-- The validation dialogue is append-only, like the audit trail: nobody may change or remove a step.
CREATE OR REPLACE FUNCTION review_steps_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'review_steps is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER review_steps_no_update_or_delete
  BEFORE UPDATE OR DELETE ON review_steps
  FOR EACH ROW EXECUTE FUNCTION review_steps_refuse_change();
--> statement-breakpoint
CREATE TRIGGER review_steps_no_truncate
  BEFORE TRUNCATE ON review_steps
  FOR EACH STATEMENT EXECUTE FUNCTION review_steps_refuse_change();
