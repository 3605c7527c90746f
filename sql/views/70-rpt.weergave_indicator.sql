-- grain: one row per indicator × niveau × niveau_code × schooljaar × uitsplitsing (rpt.indicator_waarde), with the
-- integer keys the Power BI model relates on. vestiging_key on vestiging rows; subregio_key on subregio rows and on
-- vestiging rows (the vestiging's subregio on that schooljaar's peildatum); gemeente_key on gemeente and woongemeente
-- rows and on vestiging rows (the vestiging's gemeente). Other rows carry NULL there, so a slicer or a row-level
-- security filter on that dimension leaves them out instead of adding them twice.
-- waarde_teller / waarde_noemer: waarde × noemer and noemer of unmasked rows with a value, so the model's only
-- arithmetic, DIVIDE(Σ waarde_teller, Σ waarde_noemer), returns waarde for one row and the noemer-weighted value for
-- several (for additive indicators that is Σ teller × factor / Σ noemer).
-- Named weergave_* so the file runs after the rpt views it reads (views are re-created in file-name order).
DROP VIEW IF EXISTS rpt.weergave_indicator CASCADE;
CREATE VIEW rpt.weergave_indicator AS
SELECT w.indicator_key::integer AS indicator_key,
       w.schooljaar_key,
       CASE WHEN w.niveau = 'vestiging' THEN v.vestiging_id END AS vestiging_key,
       CASE w.niveau WHEN 'vestiging' THEN dv.subregio_key WHEN 'subregio' THEN r.subregio_key END AS subregio_key,
       CASE w.niveau WHEN 'vestiging' THEN dv.gemeente_key WHEN 'gemeente' THEN g.gemeente_key
                     WHEN 'woongemeente' THEN g.gemeente_key END AS gemeente_key,
       w.niveau,
       w.niveau_code,
       w.uitsplitsing,
       w.teller,
       w.noemer,
       w.waarde,
       w.gemaskeerd,
       w.ondergrens,
       w.bovengrens,
       CASE WHEN NOT w.gemaskeerd AND w.waarde IS NOT NULL AND w.noemer > 0 THEN w.waarde * w.noemer END AS waarde_teller,
       CASE WHEN NOT w.gemaskeerd AND w.waarde IS NOT NULL AND w.noemer > 0 THEN w.noemer END AS waarde_noemer
FROM rpt.indicator_waarde w
LEFT JOIN dw.vestiging v ON w.niveau = 'vestiging' AND v.vestigingscode = w.niveau_code
LEFT JOIN dw.vestiging_schooljaar vs ON vs.vestiging_id = v.vestiging_id AND vs.schooljaar_key = w.schooljaar_key
LEFT JOIN dw.dim_vestiging dv ON dv.vestiging_key = vs.vestiging_key
LEFT JOIN dw.dim_subregio r ON w.niveau = 'subregio' AND r.naam = w.niveau_code
LEFT JOIN dw.dim_gemeente g ON w.niveau IN ('gemeente', 'woongemeente') AND g.gemeentecode = w.niveau_code;
