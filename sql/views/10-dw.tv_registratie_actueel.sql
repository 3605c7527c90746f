-- grain: one row per TV registration (leerling × vestiging × datum_aanmelding)
-- The version from the latest ingested current delivery where several deliveries hold the same natural key.
DROP VIEW IF EXISTS dw.tv_registratie_actueel CASCADE;
CREATE VIEW dw.tv_registratie_actueel AS
SELECT DISTINCT ON (f.leerling_pseudonym, f.vestiging_id, f.datum_aanmelding) f.*
FROM dw.fact_tv_registratie f
ORDER BY f.leerling_pseudonym, f.vestiging_id, f.datum_aanmelding, f.ingested_at DESC, f.delivery_id DESC, f.source_line DESC;
