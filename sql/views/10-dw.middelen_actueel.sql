-- grain: one row per budget line (vestiging or bestuur × schooljaar × categorie)
-- The version from the latest ingested current delivery where several deliveries hold the same natural key.
DROP VIEW IF EXISTS dw.middelen_actueel CASCADE;
CREATE VIEW dw.middelen_actueel AS
SELECT DISTINCT ON (f.vestiging_id, f.bestuur_key, f.schooljaar_key, f.categorie) f.*
FROM dw.fact_middelen f
ORDER BY f.vestiging_id, f.bestuur_key, f.schooljaar_key, f.categorie, f.ingested_at DESC, f.delivery_id DESC, f.source_line DESC;
