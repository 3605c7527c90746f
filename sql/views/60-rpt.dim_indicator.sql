-- grain: one row per indicator of the catalogue (indicators.md)
DROP VIEW IF EXISTS rpt.dim_indicator CASCADE;
CREATE VIEW rpt.dim_indicator AS
SELECT i.indicator_key, i.indicator_code, i.naam AS indicator_naam, i.definitie, i.richting, i.eenheid, i.soort,
       i.speerpunt_key, s.naam AS speerpunt_naam, i.indicator_key AS sorteer
FROM dw.dim_indicator i
LEFT JOIN dw.dim_speerpunt s ON s.speerpunt_key = i.speerpunt_key;
