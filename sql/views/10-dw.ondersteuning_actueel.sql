-- grain: one row per support trajectory (leerling × vestiging × soort × datum_aanmelding)
-- The version from the latest ingested current delivery where several deliveries hold the same natural key.
DROP VIEW IF EXISTS dw.ondersteuning_actueel CASCADE;
CREATE VIEW dw.ondersteuning_actueel AS
SELECT DISTINCT ON (f.leerling_pseudonym, f.vestiging_id, f.soort, f.datum_aanmelding) f.*
FROM dw.fact_ondersteuning f
ORDER BY f.leerling_pseudonym, f.vestiging_id, f.soort, f.datum_aanmelding, f.ingested_at DESC, f.delivery_id DESC, f.source_line DESC;
