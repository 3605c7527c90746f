-- grain: one row per vestiging × schooljaar (of aanmelding) × reden × uitkomst: TV registrations counted, no pupils
DROP VIEW IF EXISTS rpt.tv_overzicht CASCADE;
CREATE VIEW rpt.tv_overzicht AS
SELECT t.vestiging_id AS vestiging_key,
       v.vestigingscode,
       dw.schooljaar_van(t.datum_aanmelding) AS schooljaar,
       t.reden,
       coalesce(t.uitkomst, CASE WHEN t.datum_einde IS NULL THEN 'lopend' ELSE 'onbekend' END) AS uitkomst,
       count(*) AS registraties,
       count(DISTINCT t.leerling_pseudonym) AS leerlingen,
       count(*) FILTER (WHERE t.heeft_opp) AS met_opp,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY t.datum_einde - t.datum_aanmelding) AS mediaan_duur_dagen
FROM dw.tv_registratie_actueel t
JOIN dw.vestiging v ON v.vestiging_id = t.vestiging_id
GROUP BY 1, 2, 3, 4, 5;
