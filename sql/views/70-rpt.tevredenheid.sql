-- grain: one row per vestiging (NULL key = SWV-wide survey) × schooljaar × doelgroep × thema: answers on a scale,
-- share tevreden (≥ 4 on 1-5, ≥ 7 on 1-10, 'ja'; mirrored where lower is better) and the mean rescaled to 1–10
DROP VIEW IF EXISTS rpt.tevredenheid CASCADE;
CREATE VIEW rpt.tevredenheid AS
SELECT a.vestiging_key, a.vestigingscode, a.schooljaar, a.doelgroep, a.thema,
       count(*) AS antwoorden,
       count(*) FILTER (WHERE a.tevreden) AS tevreden,
       round(100.0 * count(*) FILTER (WHERE a.tevreden) / count(*), 6) AS pct_tevreden,
       round(avg(a.cijfer), 6) AS gemiddelde_1_10
FROM (
    SELECT e.vestiging_id AS vestiging_key, coalesce(v.vestigingscode, 'SWV') AS vestigingscode, dw.schooljaar_van(e.datum) AS schooljaar,
           e.doelgroep, q.thema,
           CASE q.schaal WHEN '1-5' THEN x.g >= 4 WHEN '1-10' THEN x.g >= 7 END AS tevreden,
           CASE q.schaal WHEN '1-5' THEN 1 + (x.g - 1) * 9.0 / 4 WHEN '1-10' THEN x.g END AS cijfer
    FROM dw.enquete_antwoord_actueel e
    JOIN dw.dim_vraag q ON q.vraag_key = e.vraag_key
    LEFT JOIN dw.vestiging v ON v.vestiging_id = e.vestiging_id
    CROSS JOIN LATERAL (SELECT CASE WHEN e.antwoord ~ '^\s*\d{1,2}\s*$' THEN trim(e.antwoord)::int END AS v) r
    CROSS JOIN LATERAL (SELECT CASE WHEN q.schaal = '1-5' AND r.v BETWEEN 1 AND 5 THEN CASE WHEN coalesce(q.hoger_is_beter, true) THEN r.v ELSE 6 - r.v END
                                    WHEN q.schaal = '1-10' AND r.v BETWEEN 1 AND 10 THEN CASE WHEN coalesce(q.hoger_is_beter, true) THEN r.v ELSE 11 - r.v END
                               END AS g) x
    WHERE x.g IS NOT NULL
) a
GROUP BY 1, 2, 3, 4, 5;
