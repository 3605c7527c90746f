-- grain: one row per run of one function (timer tick, --run-once, or ./koers refresh step)
CREATE TABLE etl.function_run (
    run_id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    function_name    text        NOT NULL,
    host             text        NOT NULL,
    trigger          text        NOT NULL CHECK (trigger IN ('timer', 'past_due', 'manual', 'startup')),
    started_at       timestamptz NOT NULL,
    finished_at      timestamptz,
    status           text        NOT NULL CHECK (status IN ('running', 'succeeded', 'failed', 'skipped', 'cancelled')),
    rows_in          bigint      NOT NULL DEFAULT 0,
    rows_out         bigint      NOT NULL DEFAULT 0,
    rows_quarantined bigint      NOT NULL DEFAULT 0,
    message          text
);

CREATE INDEX function_run_last ON etl.function_run (function_name, started_at DESC);
