-- grain: one row per user principal × vestiging the principal may see (row-level security in Power BI), expanded
-- from dw.security_scope (swv: every vestiging; bestuur, subregio, gemeente: the current vestigingen there)
DROP VIEW IF EXISTS rpt.security_scope CASCADE;
CREATE VIEW rpt.security_scope AS
SELECT DISTINCT s.user_principal, s.scope_niveau, s.scope_code, v.vestiging_key, v.vestigingscode, v.subregio, v.gemeentecode
FROM dw.security_scope s
JOIN rpt.dim_vestiging v
  ON v.in_swv AND CASE s.scope_niveau
        WHEN 'swv' THEN true
        WHEN 'bestuur' THEN v.bestuur_nummer = s.scope_code
        WHEN 'subregio' THEN v.subregio = s.scope_code
        WHEN 'gemeente' THEN v.gemeentecode = s.scope_code
        WHEN 'vestiging' THEN v.vestigingscode = s.scope_code END;
