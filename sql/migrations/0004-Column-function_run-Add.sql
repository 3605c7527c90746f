-- The occurrence a timer run belongs to. Unique per function: when two replicas fire for the same occurrence, the
-- second insert conflicts and that replica skips without writing (the schedule monitor lives in the warehouse).
ALTER TABLE etl.function_run ADD COLUMN scheduled_for timestamptz;

CREATE UNIQUE INDEX function_run_occurrence ON etl.function_run (function_name, scheduled_for) WHERE scheduled_for IS NOT NULL;
