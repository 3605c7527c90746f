-- grain: one row per target (doelen delivery: vestiging or SWV × indicator × doel_schooljaar)
-- nulmeting: the delivered nulmeting_waarde when given, else the computed value of nulmeting_schooljaar; both are
-- shown with their difference. laatste: the latest unmasked value up to the doel_schooljaar. status (indicators.md,
-- "Baseline, target, verdict"), with the direction of the indicator (for a descriptive one: the direction from
-- nulmeting to doel):
--   geen data    no value yet, or no nulmeting
--   behaald      the latest value reaches the doel (≤ for lower-is-better, ≥ for higher-is-better)
--   op koers     before the doel_schooljaar: at least as good as the straight line from nulmeting to doel for that year
--   niet behaald the doel_schooljaar has passed without reaching it, or the value is behind that line
-- verschil: laatste − nulmeting with a 95% interval by the MOVER method (Newcombe), built from the Wilson or exact
-- Poisson intervals of both computed values; buiten_ruis says the interval excludes 0 (the change is more than noise).
DROP VIEW IF EXISTS rpt.doel_status CASCADE;
CREATE VIEW rpt.doel_status AS
WITH doel AS (
    SELECT d.doel_key, i.indicator_key, i.indicator_code, i.naam AS indicator_naam, i.richting, d.niveau,
           CASE WHEN d.niveau = 'swv' THEN (SELECT swv_code FROM dw.swv) ELSE v.vestigingscode END AS niveau_code,
           d.speerpunt_key, d.nulmeting_schooljaar_key, d.nulmeting_waarde AS nulmeting_geleverd, d.doel_schooljaar_key,
           d.doel_waarde, d.toelichting
    FROM dw.doel_actueel d
    JOIN dw.dim_indicator i ON i.indicator_key = d.indicator_key
    LEFT JOIN dw.vestiging v ON v.vestiging_id = d.vestiging_id
),
gemeten AS (
    SELECT d.*, n.waarde AS nulmeting_berekend, n.ondergrens AS n_onder, n.bovengrens AS n_boven,
           l.schooljaar_key AS laatste_schooljaar_key, l.waarde AS laatste_waarde, l.ondergrens AS l_onder, l.bovengrens AS l_boven
    FROM doel d
    LEFT JOIN dw.fact_indicator n
           ON n.indicator_key = d.indicator_key AND n.niveau = d.niveau AND n.niveau_code = d.niveau_code
          AND n.uitsplitsing = '' AND n.schooljaar_key = d.nulmeting_schooljaar_key AND NOT n.gemaskeerd
    LEFT JOIN LATERAL (
        SELECT f.schooljaar_key, f.waarde, f.ondergrens, f.bovengrens FROM dw.fact_indicator f
        WHERE f.indicator_key = d.indicator_key AND f.niveau = d.niveau AND f.niveau_code = d.niveau_code
          AND f.uitsplitsing = '' AND f.schooljaar_key <= d.doel_schooljaar_key AND f.waarde IS NOT NULL
          AND f.schooljaar_key > d.nulmeting_schooljaar_key
        ORDER BY f.schooljaar_key DESC LIMIT 1
    ) l ON true
),
beoordeeld AS (
    SELECT g.*, coalesce(g.nulmeting_geleverd, g.nulmeting_berekend) AS nulmeting,
           CASE g.richting WHEN 'lager_beter' THEN -1 WHEN 'hoger_beter' THEN 1
                ELSE sign(g.doel_waarde - coalesce(g.nulmeting_geleverd, g.nulmeting_berekend)) END AS beter
    FROM gemeten g
)
SELECT b.indicator_code,
       b.indicator_naam,
       b.niveau,
       b.niveau_code,
       b.speerpunt_key,
       sn.schooljaar AS nulmeting_schooljaar,
       b.nulmeting,
       b.nulmeting_berekend,
       b.nulmeting_geleverd,
       b.nulmeting_geleverd - b.nulmeting_berekend AS nulmeting_verschil,
       sd.schooljaar AS doel_schooljaar,
       b.doel_waarde,
       sl.schooljaar AS laatste_schooljaar,
       b.laatste_waarde,
       CASE WHEN b.laatste_waarde IS NULL OR b.nulmeting IS NULL THEN 'geen data'
            WHEN b.beter * (b.laatste_waarde - b.doel_waarde) >= 0 THEN 'behaald'
            WHEN b.laatste_schooljaar_key >= b.doel_schooljaar_key THEN 'niet behaald'
            WHEN b.beter * (b.laatste_waarde - (b.nulmeting + (b.doel_waarde - b.nulmeting)
                   * (b.laatste_schooljaar_key - b.nulmeting_schooljaar_key)::numeric
                   / nullif(b.doel_schooljaar_key - b.nulmeting_schooljaar_key, 0))) >= 0 THEN 'op koers'
            ELSE 'niet behaald' END AS status,
       b.laatste_waarde - b.nulmeting AS verschil,
       round(b.laatste_waarde - b.nulmeting_berekend - sqrt((b.laatste_waarde - b.l_onder) ^ 2 + (b.n_boven - b.nulmeting_berekend) ^ 2), 6)
           AS verschil_ondergrens,
       round(b.laatste_waarde - b.nulmeting_berekend + sqrt((b.l_boven - b.laatste_waarde) ^ 2 + (b.nulmeting_berekend - b.n_onder) ^ 2), 6)
           AS verschil_bovengrens,
       (b.laatste_waarde - b.nulmeting_berekend - sqrt((b.laatste_waarde - b.l_onder) ^ 2 + (b.n_boven - b.nulmeting_berekend) ^ 2) > 0
        OR b.laatste_waarde - b.nulmeting_berekend + sqrt((b.l_boven - b.laatste_waarde) ^ 2 + (b.nulmeting_berekend - b.n_onder) ^ 2) < 0)
           AS buiten_ruis,
       b.richting,
       b.toelichting
FROM beoordeeld b
JOIN dw.dim_schooljaar sn ON sn.schooljaar_key = b.nulmeting_schooljaar_key
JOIN dw.dim_schooljaar sd ON sd.schooljaar_key = b.doel_schooljaar_key
LEFT JOIN dw.dim_schooljaar sl ON sl.schooljaar_key = b.laatste_schooljaar_key;
