-- grain: one row per schooljaar; schooljaar_key (the starting year) is also the sort key
DROP VIEW IF EXISTS rpt.dim_schooljaar CASCADE;
CREATE VIEW rpt.dim_schooljaar AS
SELECT schooljaar_key, schooljaar, schooljaar_key AS sorteer, begin_datum, eind_datum, peildatum
FROM dw.dim_schooljaar;
