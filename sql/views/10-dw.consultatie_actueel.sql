-- grain: one row per vestiging × schooljaar × activiteit
-- The version from the latest ingested current delivery where several deliveries hold the same natural key.
DROP VIEW IF EXISTS dw.consultatie_actueel CASCADE;
CREATE VIEW dw.consultatie_actueel AS
SELECT DISTINCT ON (f.vestiging_id, f.schooljaar_key, f.activiteit) f.*
FROM dw.fact_consultatie f
ORDER BY f.vestiging_id, f.schooljaar_key, f.activiteit, f.ingested_at DESC, f.delivery_id DESC, f.source_line DESC;
