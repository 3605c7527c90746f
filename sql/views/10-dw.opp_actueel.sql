-- grain: one row per OPP (leerling × vestiging × datum_start)
-- The version from the latest ingested current delivery where several deliveries hold the same natural key.
DROP VIEW IF EXISTS dw.opp_actueel CASCADE;
CREATE VIEW dw.opp_actueel AS
SELECT DISTINCT ON (f.leerling_pseudonym, f.vestiging_id, f.datum_start) f.*
FROM dw.fact_opp f
ORDER BY f.leerling_pseudonym, f.vestiging_id, f.datum_start, f.ingested_at DESC, f.delivery_id DESC, f.source_line DESC;
