-- grain: one row per vestiging (NULL = SWV-wide survey) × schooljaar × doelgroep × thema (rpt.tevredenheid), with the
-- integer keys the Power BI model relates on: schooljaar_key and the vestiging's subregio and gemeente on that
-- schooljaar's peildatum. Named weergave_* so the file runs after the rpt views it reads.
DROP VIEW IF EXISTS rpt.weergave_tevredenheid CASCADE;
CREATE VIEW rpt.weergave_tevredenheid AS
SELECT t.vestiging_key,
       dw.schooljaar_key(t.schooljaar) AS schooljaar_key,
       dv.subregio_key,
       dv.gemeente_key,
       t.doelgroep,
       t.thema,
       t.antwoorden,
       t.tevreden,
       t.gemiddelde_1_10 * t.antwoorden AS cijfer_totaal
FROM rpt.tevredenheid t
LEFT JOIN dw.vestiging_schooljaar vs ON vs.vestiging_id = t.vestiging_key AND vs.schooljaar_key = dw.schooljaar_key(t.schooljaar)
LEFT JOIN dw.dim_vestiging dv ON dv.vestiging_key = vs.vestiging_key;
