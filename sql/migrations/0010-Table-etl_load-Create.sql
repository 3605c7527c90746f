-- Journal of the warehouse load (issue 6): runs, the deliveries each run put into dw, and the quality gates.

-- grain: one row per run of the warehouse load (./koers load, LoadWarehouse)
CREATE TABLE etl.load_run (
    load_run_id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at            timestamptz NOT NULL DEFAULT clock_timestamp(),
    finished_at           timestamptz,
    -- 'abandoned': a run that was still 'running' when the next loader took the lock (its process died; its
    -- transaction rolled back, so none of its rows are visible).
    status                text        NOT NULL CHECK (status IN ('running', 'succeeded', 'failed', 'cancelled', 'abandoned', 'skipped')),
    gates_passed          boolean,
    deliveries_loaded     integer     NOT NULL DEFAULT 0,
    deliveries_removed    integer     NOT NULL DEFAULT 0,
    rows_loaded           bigint      NOT NULL DEFAULT 0,
    schooljaren_recomputed text[]     NOT NULL DEFAULT '{}',
    message               text
);

CREATE INDEX load_run_last ON etl.load_run (started_at DESC);

-- grain: one row per delivery × load run that loaded it into dw ('loaded') or took it out ('removed': superseded)
CREATE TABLE etl.delivery_load (
    delivery_id  text        NOT NULL,
    load_run_id  bigint      NOT NULL REFERENCES etl.load_run,
    action       text        NOT NULL CHECK (action IN ('loaded', 'removed', 'ignored')),
    source       text        NOT NULL,
    entity       text        NOT NULL,
    logical_name text        NOT NULL,
    schooljaar   text,
    ingested_at  timestamptz NOT NULL,
    sha256       text        NOT NULL,
    rows_loaded  bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (delivery_id, load_run_id)
);

-- grain: one row per quality gate × load run
CREATE TABLE etl.quality_gate_result (
    load_run_id   bigint  NOT NULL REFERENCES etl.load_run,
    gate_name     text    NOT NULL,
    description   text    NOT NULL,
    failing_rows  bigint  NOT NULL,
    passed        boolean NOT NULL,
    sample        text,
    PRIMARY KEY (load_run_id, gate_name)
);
