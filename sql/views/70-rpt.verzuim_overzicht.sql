-- grain: one row per vestiging × schooljaar × soort × woongemeente: verzuim cases open in the schooljaar, no pupils
DROP VIEW IF EXISTS rpt.verzuim_overzicht CASCADE;
CREATE VIEW rpt.verzuim_overzicht AS
SELECT z.vestiging_id AS vestiging_key,
       v.vestigingscode,
       s.schooljaar,
       z.soort,
       z.woongemeente,
       count(*) AS meldingen,
       count(DISTINCT z.leerling_pseudonym) AS leerlingen,
       count(*) FILTER (WHERE z.datum_start <= s.peildatum AND (z.datum_einde IS NULL OR z.datum_einde >= s.peildatum)) AS open_op_peildatum,
       count(*) FILTER (WHERE z.gemeld_leerplicht) AS gemeld_leerplicht
FROM dw.verzuim_actueel z
JOIN dw.dim_schooljaar s ON z.datum_start <= s.eind_datum AND (z.datum_einde IS NULL OR z.datum_einde >= s.begin_datum)
JOIN dw.vestiging v ON v.vestiging_id = z.vestiging_id
WHERE s.schooljaar_key BETWEEN (SELECT min(schooljaar_key) FROM dw.fact_indicator) AND (SELECT max(schooljaar_key) FROM dw.fact_indicator)
GROUP BY 1, 2, 3, 4, 5;
