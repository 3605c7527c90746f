-- grain: one row per PurgeRetention run that deleted pupil-level facts, with the cutoffs it applied.
-- The load reads it: a schooljaar whose pupil rows may have been purged is never recomputed, so its indicators
-- keep the values computed while the rows were there (history survives retention).
CREATE TABLE etl.retention_purge (
    purged_at     timestamptz NOT NULL DEFAULT now(),
    tlv_cutoff    date        NOT NULL,
    pupil_cutoff  date        NOT NULL,
    rows_deleted  bigint      NOT NULL
);
