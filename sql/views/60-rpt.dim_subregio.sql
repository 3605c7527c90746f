-- grain: one row per subregio of the SWV's regio delivery
DROP VIEW IF EXISTS rpt.dim_subregio CASCADE;
CREATE VIEW rpt.dim_subregio AS
SELECT subregio_key, naam AS subregio FROM dw.dim_subregio;
