-- grain: one row per TLV request (aanvraag_id)
-- The version from the latest ingested current delivery where several deliveries hold the same natural key.
DROP VIEW IF EXISTS dw.tlv_aanvraag_actueel CASCADE;
CREATE VIEW dw.tlv_aanvraag_actueel AS
SELECT DISTINCT ON (f.aanvraag_id) f.*
FROM dw.fact_tlv_aanvraag f
ORDER BY f.aanvraag_id, f.ingested_at DESC, f.delivery_id DESC, f.source_line DESC;
