-- grain: one row per budget line holder (vestiging or bestuur) × schooljaar × categorie, with euro per leerling
-- for a vestiging line (DUO population; NULL when DUO masked or has not published it)
DROP VIEW IF EXISTS rpt.middelen CASCADE;
CREATE VIEW rpt.middelen AS
SELECT m.vestiging_id AS vestiging_key,
       v.vestigingscode,
       b.bestuur_nummer,
       s.schooljaar,
       m.categorie,
       m.begroot,
       m.gerealiseerd,
       coalesce(m.gerealiseerd, m.begroot) AS besteed_of_begroot,
       round(coalesce(m.gerealiseerd, m.begroot) / nullif(l.aantal_leerlingen, 0), 2) AS per_leerling
FROM dw.middelen_actueel m
JOIN dw.dim_schooljaar s ON s.schooljaar_key = m.schooljaar_key
LEFT JOIN dw.vestiging v ON v.vestiging_id = m.vestiging_id
LEFT JOIN dw.dim_bestuur b ON b.bestuur_key = m.bestuur_key
LEFT JOIN dw.duo_leerlingen_actueel l ON l.vestiging_id = m.vestiging_id AND l.schooljaar_key = m.schooljaar_key;
