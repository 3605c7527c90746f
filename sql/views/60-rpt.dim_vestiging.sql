-- grain: one row per vestiging (durable key), with its current attributes; VestigingKey is the integer key Power BI
-- relates on (facts and rpt views carry the same vestiging_key)
DROP VIEW IF EXISTS rpt.dim_vestiging CASCADE;
CREATE VIEW rpt.dim_vestiging AS
SELECT v.vestiging_id AS vestiging_key,
       v.vestigingscode,
       coalesce(v.vestigingsnaam, v.vestigingscode || ' (nog niet bij DUO)') AS vestigingsnaam,
       v.instellingscode,
       b.bestuur_nummer,
       v.plaatsnaam,
       g.gemeentecode,
       g.naam AS gemeentenaam,
       r.naam AS subregio,
       v.onderwijsstructuur,
       v.denominatie,
       v.in_swv,
       v.is_inferred
FROM dw.dim_vestiging v
LEFT JOIN dw.dim_bestuur b ON b.bestuur_key = v.bestuur_key
LEFT JOIN dw.dim_gemeente g ON g.gemeente_key = v.gemeente_key
LEFT JOIN dw.dim_subregio r ON r.subregio_key = v.subregio_key
WHERE v.is_current;
