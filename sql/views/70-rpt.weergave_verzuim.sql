-- grain: one row per vestiging × schooljaar × soort × woongemeente (rpt.verzuim_overzicht), with the integer keys the
-- Power BI model relates on: schooljaar_key, the school's subregio and gemeente on that schooljaar's peildatum, and
-- the woongemeente's name beside its CBS code. Named weergave_* so the file runs after the rpt views it reads.
DROP VIEW IF EXISTS rpt.weergave_verzuim CASCADE;
CREATE VIEW rpt.weergave_verzuim AS
SELECT z.vestiging_key,
       dw.schooljaar_key(z.schooljaar) AS schooljaar_key,
       dv.subregio_key,
       dv.gemeente_key,
       z.soort,
       z.woongemeente AS woongemeentecode,
       coalesce(wg.naam, z.woongemeente, 'onbekend') AS woongemeente,
       z.meldingen,
       z.leerlingen,
       z.open_op_peildatum,
       z.gemeld_leerplicht
FROM rpt.verzuim_overzicht z
LEFT JOIN dw.dim_gemeente wg ON wg.gemeentecode = z.woongemeente
LEFT JOIN dw.vestiging_schooljaar vs ON vs.vestiging_id = z.vestiging_key AND vs.schooljaar_key = dw.schooljaar_key(z.schooljaar)
LEFT JOIN dw.dim_vestiging dv ON dv.vestiging_key = vs.vestiging_key;
