-- grain: one row per niveau × niveau_code × schooljaar (of besluit) × categorie (rpt.tlv_doorlooptijd), with the
-- integer keys the Power BI model relates on, set per niveau as in rpt.weergave_indicator (vestiging rows carry their
-- vestiging, subregio and gemeente; subregio and gemeente rows only their own key; swv rows none), and the lead-time
-- quartiles as numeric days. Named weergave_* so the file runs after the rpt views it reads.
DROP VIEW IF EXISTS rpt.weergave_tlv CASCADE;
CREATE VIEW rpt.weergave_tlv AS
SELECT dw.schooljaar_key(t.schooljaar) AS schooljaar_key,
       CASE WHEN t.niveau = 'vestiging' THEN v.vestiging_id END AS vestiging_key,
       CASE t.niveau WHEN 'vestiging' THEN dv.subregio_key WHEN 'subregio' THEN r.subregio_key END AS subregio_key,
       CASE t.niveau WHEN 'vestiging' THEN dv.gemeente_key WHEN 'gemeente' THEN g.gemeente_key END AS gemeente_key,
       t.niveau,
       t.niveau_code,
       CASE WHEN t.categorie = '' THEN 'alle' ELSE t.categorie END AS categorie,
       t.besluiten,
       t.afgegeven,
       round(t.kwartiel_1::numeric, 1) AS kwartiel_1,
       round(t.mediaan::numeric, 1) AS mediaan,
       round(t.kwartiel_3::numeric, 1) AS kwartiel_3
FROM rpt.tlv_doorlooptijd t
LEFT JOIN dw.vestiging v ON t.niveau = 'vestiging' AND v.vestigingscode = t.niveau_code
LEFT JOIN dw.vestiging_schooljaar vs ON vs.vestiging_id = v.vestiging_id AND vs.schooljaar_key = dw.schooljaar_key(t.schooljaar)
LEFT JOIN dw.dim_vestiging dv ON dv.vestiging_key = vs.vestiging_key
LEFT JOIN dw.dim_subregio r ON t.niveau = 'subregio' AND r.naam = t.niveau_code
LEFT JOIN dw.dim_gemeente g ON t.niveau = 'gemeente' AND g.gemeentecode = t.niveau_code;
