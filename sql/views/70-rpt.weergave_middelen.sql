-- grain: one row per budget line holder (vestiging, or bestuur with NULL vestiging_key) × schooljaar × categorie
-- (rpt.middelen), with the integer keys the Power BI model relates on and the DUO population of the vestiging where
-- DUO published it, so euro per leerling is Σ besteed_met_leerlingen / Σ leerlingen in the model. Named weergave_* so the file runs after rpt.middelen.
DROP VIEW IF EXISTS rpt.weergave_middelen CASCADE;
CREATE VIEW rpt.weergave_middelen AS
SELECT m.vestiging_key,
       dw.schooljaar_key(m.schooljaar) AS schooljaar_key,
       dv.subregio_key,
       dv.gemeente_key,
       m.bestuur_nummer,
       m.categorie,
       m.begroot,
       m.gerealiseerd,
       m.besteed_of_begroot,
       CASE WHEN l.aantal_leerlingen > 0 THEN m.besteed_of_begroot END AS besteed_met_leerlingen,
       CASE WHEN m.besteed_of_begroot IS NOT NULL AND l.aantal_leerlingen > 0 THEN l.aantal_leerlingen END AS leerlingen
FROM rpt.middelen m
LEFT JOIN dw.duo_leerlingen_actueel l ON l.vestiging_id = m.vestiging_key AND l.schooljaar_key = dw.schooljaar_key(m.schooljaar)
LEFT JOIN dw.vestiging_schooljaar vs ON vs.vestiging_id = m.vestiging_key AND vs.schooljaar_key = dw.schooljaar_key(m.schooljaar)
LEFT JOIN dw.dim_vestiging dv ON dv.vestiging_key = vs.vestiging_key;
