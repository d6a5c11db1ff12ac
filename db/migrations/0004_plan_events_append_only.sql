-- The plan's history is append-only, like the assessment audit trail: nobody may change or remove a record.
CREATE OR REPLACE FUNCTION plan_action_events_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'plan_action_events is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER plan_action_events_no_update_or_delete
  BEFORE UPDATE OR DELETE ON plan_action_events
  FOR EACH ROW EXECUTE FUNCTION plan_action_events_refuse_change();
--> statement-breakpoint
CREATE TRIGGER plan_action_events_no_truncate
  BEFORE TRUNCATE ON plan_action_events
  FOR EACH STATEMENT EXECUTE FUNCTION plan_action_events_refuse_change();
