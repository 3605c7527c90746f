-- grain: one row per pupil × vestiging × schooljaar
-- The version from the latest ingested current delivery where several deliveries hold the same natural key.
DROP VIEW IF EXISTS dw.doorstroom_actueel CASCADE;
CREATE VIEW dw.doorstroom_actueel AS
SELECT DISTINCT ON (f.leerling_pseudonym, f.vestiging_id, f.schooljaar_key) f.*
FROM dw.fact_doorstroom f
ORDER BY f.leerling_pseudonym, f.vestiging_id, f.schooljaar_key, f.ingested_at DESC, f.delivery_id DESC, f.source_line DESC;
