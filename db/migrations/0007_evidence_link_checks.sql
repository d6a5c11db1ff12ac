CREATE TABLE "evidence_link_checks" (
	"url" text PRIMARY KEY NOT NULL,
	"checked_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"status" integer,
	"unreachable_since" timestamp with time zone,
	"problem" text
);
--> statement-breakpoint
CREATE INDEX "evidence_link_checks_checked_idx" ON "evidence_link_checks" USING btree ("checked_at");