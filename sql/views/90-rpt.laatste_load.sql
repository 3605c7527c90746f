-- grain: one row: the latest finished warehouse load and whether it passed its quality gates (extracts publish only
-- when gates_passed; ./koers status shows it)
DROP VIEW IF EXISTS rpt.laatste_load CASCADE;
CREATE VIEW rpt.laatste_load AS
SELECT r.load_run_id, r.started_at, r.finished_at, r.status, coalesce(r.gates_passed, false) AS gates_passed,
       r.deliveries_loaded, r.deliveries_removed, r.rows_loaded, r.schooljaren_recomputed,
       ARRAY(SELECT q.gate_name FROM etl.quality_gate_result q WHERE q.load_run_id = r.load_run_id AND NOT q.passed ORDER BY 1) AS failed_gates,
       r.message
FROM etl.load_run r
WHERE r.status IN ('succeeded', 'failed')
ORDER BY r.load_run_id DESC
LIMIT 1;
