-- grain: one row per niveau (vestiging, subregio, gemeente, swv) × niveau_code × schooljaar (of besluit) × categorie
-- ('' = all): decisions with the quartiles of the lead time aanvraag → besluit in days
DROP VIEW IF EXISTS rpt.tlv_doorlooptijd CASCADE;
CREATE VIEW rpt.tlv_doorlooptijd AS
SELECT CASE WHEN grouping(vs.vestigingscode) = 0 THEN 'vestiging' WHEN grouping(vs.subregio) = 0 THEN 'subregio'
            WHEN grouping(vs.gemeentecode) = 0 THEN 'gemeente' ELSE 'swv' END AS niveau,
       CASE WHEN grouping(vs.vestigingscode) = 0 THEN vs.vestigingscode WHEN grouping(vs.subregio) = 0 THEN vs.subregio
            WHEN grouping(vs.gemeentecode) = 0 THEN vs.gemeentecode ELSE (SELECT swv_code FROM dw.swv) END AS niveau_code,
       s.schooljaar,
       c.categorie,
       count(*) AS besluiten,
       count(*) FILTER (WHERE t.besluit = 'afgegeven') AS afgegeven,
       percentile_cont(0.25) WITHIN GROUP (ORDER BY t.datum_besluit - t.datum_aanvraag) AS kwartiel_1,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY t.datum_besluit - t.datum_aanvraag) AS mediaan,
       percentile_cont(0.75) WITHIN GROUP (ORDER BY t.datum_besluit - t.datum_aanvraag) AS kwartiel_3
FROM dw.tlv_aanvraag_actueel t
JOIN dw.dim_schooljaar s ON t.datum_besluit BETWEEN s.begin_datum AND s.eind_datum
JOIN dw.vestiging_schooljaar vs ON vs.vestiging_id = t.vestiging_id AND vs.schooljaar_key = s.schooljaar_key AND vs.in_swv
CROSS JOIN LATERAL (VALUES (''), (t.categorie)) c (categorie)
WHERE t.besluit IN ('afgegeven', 'afgewezen') AND c.categorie IS NOT NULL
GROUP BY s.schooljaar, c.categorie, GROUPING SETS ((vs.vestigingscode), (vs.subregio), (vs.gemeentecode), ())
HAVING NOT (grouping(vs.subregio) = 0 AND vs.subregio IS NULL) AND NOT (grouping(vs.gemeentecode) = 0 AND vs.gemeentecode IS NULL);
