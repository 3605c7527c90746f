-- grain: one row per target (niveau × vestiging × indicator × doel_schooljaar)
-- The version from the latest ingested current delivery where several deliveries hold the same natural key.
DROP VIEW IF EXISTS dw.doel_actueel CASCADE;
CREATE VIEW dw.doel_actueel AS
SELECT DISTINCT ON (f.niveau, f.vestiging_id, f.indicator_key, f.doel_schooljaar_key) f.*
FROM dw.fact_doel f
ORDER BY f.niveau, f.vestiging_id, f.indicator_key, f.doel_schooljaar_key, f.ingested_at DESC, f.delivery_id DESC, f.source_line DESC;
