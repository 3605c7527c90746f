-- grain: one row per vestiging × schooljaar of DUO's pupil count
-- The version from the latest ingested current delivery where several deliveries hold the same natural key.
DROP VIEW IF EXISTS dw.duo_leerlingen_actueel CASCADE;
CREATE VIEW dw.duo_leerlingen_actueel AS
SELECT DISTINCT ON (f.vestiging_id, f.schooljaar_key) f.*
FROM dw.fact_duo_leerlingen f
ORDER BY f.vestiging_id, f.schooljaar_key, f.ingested_at DESC, f.delivery_id DESC, f.source_line DESC;
