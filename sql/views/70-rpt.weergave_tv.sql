-- grain: one row per vestiging × schooljaar (of aanmelding) × reden × uitkomst (rpt.tv_overzicht), with the integer
-- keys the Power BI model relates on: schooljaar_key and the vestiging's subregio and gemeente on that schooljaar's
-- peildatum. Named weergave_* so the file runs after the rpt views it reads.
DROP VIEW IF EXISTS rpt.weergave_tv CASCADE;
CREATE VIEW rpt.weergave_tv AS
SELECT t.vestiging_key,
       dw.schooljaar_key(t.schooljaar) AS schooljaar_key,
       dv.subregio_key,
       dv.gemeente_key,
       t.reden,
       t.uitkomst,
       t.registraties,
       t.leerlingen,
       t.met_opp,
       round(t.mediaan_duur_dagen::numeric, 1) AS mediaan_duur_dagen
FROM rpt.tv_overzicht t
LEFT JOIN dw.vestiging_schooljaar vs ON vs.vestiging_id = t.vestiging_key AND vs.schooljaar_key = dw.schooljaar_key(t.schooljaar)
LEFT JOIN dw.dim_vestiging dv ON dv.vestiging_key = vs.vestiging_key;
