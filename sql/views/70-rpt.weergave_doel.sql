-- grain: one row per target (rpt.doel_status: vestiging or SWV × indicator × doel_schooljaar), with the integer keys
-- the Power BI model relates on: indicator_key, and for a vestiging target the vestiging's current vestiging,
-- subregio and gemeente keys (NULL for an SWV-wide target, which row-level security on those dimensions hides).
-- Named weergave_* so the file runs after the rpt views it reads (views are re-created in file-name order).
DROP VIEW IF EXISTS rpt.weergave_doel CASCADE;
CREATE VIEW rpt.weergave_doel AS
SELECT i.indicator_key::integer AS indicator_key,
       dv.vestiging_id AS vestiging_key,
       dv.subregio_key,
       dv.gemeente_key,
       d.niveau,
       d.niveau_code,
       d.nulmeting_schooljaar,
       d.nulmeting,
       d.nulmeting_geleverd,
       d.nulmeting_berekend,
       d.doel_schooljaar,
       d.doel_waarde,
       d.laatste_schooljaar,
       d.laatste_waarde,
       d.status,
       CASE d.status WHEN 'behaald' THEN 1 WHEN 'op koers' THEN 2 WHEN 'niet behaald' THEN 3 ELSE 4 END AS status_volgorde,
       d.verschil,
       d.verschil_ondergrens,
       d.verschil_bovengrens,
       d.buiten_ruis,
       d.toelichting
FROM rpt.doel_status d
JOIN dw.dim_indicator i ON i.indicator_code = d.indicator_code
LEFT JOIN dw.vestiging v ON d.niveau = 'vestiging' AND v.vestigingscode = d.niveau_code
LEFT JOIN dw.dim_vestiging dv ON dv.vestiging_id = v.vestiging_id AND dv.is_current;
