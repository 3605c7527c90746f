-- grain: one row per vestiging × schooljaar: the dim_vestiging version valid on the schooljaar's peildatum
-- (1 October), i.e. where the school was and to which subregio it belonged for that year's indicators
DROP VIEW IF EXISTS dw.vestiging_schooljaar CASCADE;
CREATE VIEW dw.vestiging_schooljaar AS
SELECT v.vestiging_id,
       s.schooljaar_key,
       v.vestiging_key,
       v.vestigingscode,
       v.vestigingsnaam,
       v.in_swv,
       v.is_inferred,
       g.gemeentecode,
       r.naam AS subregio,
       b.bestuur_nummer
FROM dw.dim_vestiging v
JOIN dw.dim_schooljaar s ON s.peildatum >= v.valid_from AND s.peildatum < v.valid_to
LEFT JOIN dw.dim_gemeente g ON g.gemeente_key = v.gemeente_key
LEFT JOIN dw.dim_subregio r ON r.subregio_key = v.subregio_key
LEFT JOIN dw.dim_bestuur b ON b.bestuur_key = v.bestuur_key;
