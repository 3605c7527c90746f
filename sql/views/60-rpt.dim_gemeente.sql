-- grain: one row per gemeente (school location or woongemeente), with whether it lies (partly) in the SWV's area
DROP VIEW IF EXISTS rpt.dim_gemeente CASCADE;
CREATE VIEW rpt.dim_gemeente AS
SELECT gemeente_key, gemeentecode, coalesce(naam, gemeentecode) AS gemeentenaam, in_swv_gebied FROM dw.dim_gemeente;
