-- grain: one row per indicator × niveau × niveau_code × schooljaar × uitsplitsing
-- Fixed contract (product.md, "Warehouse schemas"): the first nine columns are read by Power BI, extracts and
-- checks and never change; columns after them may be added.
DROP VIEW IF EXISTS rpt.indicator_waarde CASCADE;
CREATE VIEW rpt.indicator_waarde AS
SELECT i.indicator_code,
       f.niveau,
       f.niveau_code,
       s.schooljaar,
       f.uitsplitsing,
       f.teller,
       f.noemer,
       f.waarde,
       f.gemaskeerd,
       f.ondergrens,
       f.bovengrens,
       i.naam AS indicator_naam,
       i.eenheid,
       f.schooljaar_key,
       i.indicator_key
FROM dw.fact_indicator f
JOIN dw.dim_indicator i ON i.indicator_key = f.indicator_key
JOIN dw.dim_schooljaar s ON s.schooljaar_key = f.schooljaar_key;
