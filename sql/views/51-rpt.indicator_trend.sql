-- grain: one row per indicator × niveau × niveau_code × uitsplitsing × schooljaar, with the previous schooljaar's
-- value beside it (report page "trend per indicator and niveau")
DROP VIEW IF EXISTS rpt.indicator_trend CASCADE;
CREATE VIEW rpt.indicator_trend AS
SELECT w.indicator_code,
       w.indicator_naam,
       w.niveau,
       w.niveau_code,
       w.uitsplitsing,
       w.schooljaar,
       w.schooljaar_key AS schooljaar_sort,
       w.teller,
       w.noemer,
       w.waarde,
       w.gemaskeerd,
       w.ondergrens,
       w.bovengrens,
       p.waarde AS vorige_waarde,
       w.waarde - p.waarde AS verschil_vorig_jaar,
       i.richting
FROM rpt.indicator_waarde w
JOIN dw.dim_indicator i ON i.indicator_key = w.indicator_key
LEFT JOIN rpt.indicator_waarde p
       ON p.indicator_key = w.indicator_key AND p.niveau = w.niveau AND p.niveau_code = w.niveau_code
      AND p.uitsplitsing = w.uitsplitsing AND p.schooljaar_key = w.schooljaar_key - 1;
