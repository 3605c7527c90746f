-- grain: one row per survey answer (respondent × vragenlijst × vraag)
-- The version from the latest ingested current delivery where several deliveries hold the same natural key.
DROP VIEW IF EXISTS dw.enquete_antwoord_actueel CASCADE;
CREATE VIEW dw.enquete_antwoord_actueel AS
SELECT DISTINCT ON (f.respondent_pseudonym, f.vragenlijst, f.vraag_key) f.*
FROM dw.fact_enquete_antwoord f
ORDER BY f.respondent_pseudonym, f.vragenlijst, f.vraag_key, f.ingested_at DESC, f.delivery_id DESC, f.source_line DESC;
