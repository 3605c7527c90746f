-- Recomputes dw.fact_indicator for the given schooljaren exactly as indicators.md defines each indicator.
-- Method: every indicator first becomes observations at the lowest grain (ind_obs: one row per counted pupil,
-- case or amount per vestiging, plus one population row per vestiging carrying DUO's AANTAL LEERLINGEN), then
-- teller and noemer are SUMMED up the hierarchy (vestiging → subregio, gemeente, swv; woongemeente from the pupil's
-- residence) in one GROUPING SETS pass. Rates are never averaged.
--   * "distinct pupils" are distinct per vestiging, so a pupil counted at two schools counts at both, as DUO's
--     population does; this keeps teller and noemer consistent and makes the SWV teller the sum of the schools'.
--   * A DUO count published as '<5' masks every row whose noemer needs it, at every level (§15: never summed).
--     A vestiging with events but no DUO count for the year leaves the noemer unknown (NULL, not masked).
--   * Per woongemeente DUO publishes no population, so per-leerlingen indicators there report the teller only.
--   * Medians (soort mediaan): teller = median in days (percentile_cont 0.5), noemer = number of cases.
--   * OPP_GEEVALUEERD counts an evaluation on [peildatum − 12 months, peildatum] as "within the 12 months before".
--   * Surveys: ≥ 4 on 1-5, ≥ 7 on 1-10, 'ja' on ja-nee; a question with hoger_is_beter = nee is mirrored first.
--   * MIDDELEN_PER_LL takes gerealiseerd, or begroot where gerealiseerd is empty, per budget line.
--   * waarde and interval bounds are rounded to 6 decimals; 95% bounds: Wilson (proportie), exact Poisson (rate).
DROP FUNCTION IF EXISTS dw.recompute_indicators(integer[]);
CREATE FUNCTION dw.recompute_indicators(p_schooljaren integer[]) RETURNS bigint
    LANGUAGE plpgsql
AS $fn$
DECLARE
    n bigint;
BEGIN
    DELETE FROM dw.fact_indicator WHERE schooljaar_key = ANY (p_schooljaren);

    CREATE TEMP TABLE IF NOT EXISTS ind_sj (LIKE dw.dim_schooljaar) ON COMMIT DROP;
    CREATE TEMP TABLE IF NOT EXISTS ind_vs (
        vestiging_id integer, schooljaar_key integer, vestigingscode text, subregio text, gemeentecode text,
        PRIMARY KEY (vestiging_id, schooljaar_key)) ON COMMIT DROP;
    CREATE TEMP TABLE IF NOT EXISTS ind_pop (
        vestiging_id integer, schooljaar_key integer, leerlingen integer, gemaskeerd boolean,
        PRIMARY KEY (vestiging_id, schooljaar_key)) ON COMMIT DROP;
    CREATE TEMP TABLE IF NOT EXISTS ind_obs (
        indicator_code text NOT NULL, schooljaar_key integer NOT NULL, vestiging_id integer, woongemeente text,
        uitsplitsing text NOT NULL DEFAULT '', teller numeric, noemer numeric, waarde numeric,
        teller_gemaskeerd boolean NOT NULL DEFAULT false, noemer_gemaskeerd boolean NOT NULL DEFAULT false,
        noemer_onbekend boolean NOT NULL DEFAULT false) ON COMMIT DROP;
    TRUNCATE ind_sj, ind_vs, ind_pop, ind_obs;

    INSERT INTO ind_sj SELECT * FROM dw.dim_schooljaar WHERE schooljaar_key = ANY (p_schooljaren);
    INSERT INTO ind_vs
    SELECT vestiging_id, schooljaar_key, vestigingscode, subregio, gemeentecode
    FROM dw.vestiging_schooljaar WHERE in_swv AND schooljaar_key = ANY (p_schooljaren);
    INSERT INTO ind_pop
    SELECT l.vestiging_id, l.schooljaar_key, l.aantal_leerlingen, l.leerlingen_gemaskeerd
    FROM dw.duo_leerlingen_actueel l JOIN ind_vs USING (vestiging_id, schooljaar_key);
    ANALYZE ind_sj, ind_vs, ind_pop;

    -- Trajectvoorziening
    INSERT INTO ind_obs (indicator_code, schooljaar_key, vestiging_id, woongemeente, teller)
    SELECT 'TV_INSTROOM', s.schooljaar_key, t.vestiging_id,
           (array_agg(t.woongemeente ORDER BY t.datum_aanmelding DESC, t.woongemeente))[1], 1
    FROM dw.tv_registratie_actueel t JOIN ind_sj s ON t.datum_aanmelding BETWEEN s.begin_datum AND s.eind_datum
    GROUP BY s.schooljaar_key, t.vestiging_id, t.leerling_pseudonym;

    INSERT INTO ind_obs (indicator_code, schooljaar_key, vestiging_id, woongemeente, teller, noemer, waarde)
    SELECT x.code, s.schooljaar_key, t.vestiging_id, t.woongemeente, x.teller, x.noemer, x.waarde
    FROM dw.tv_registratie_actueel t
    JOIN ind_sj s ON t.datum_einde BETWEEN s.begin_datum AND s.eind_datum
    CROSS JOIN LATERAL (VALUES
        ('TV_DUUR', NULL::int, NULL::int, t.datum_einde - t.datum_aanmelding),
        ('TV_TERUG_IN_KLAS', (coalesce(t.uitkomst, '') = 'terug_in_klas')::int, 1, NULL)) x (code, teller, noemer, waarde);

    -- Observaties
    INSERT INTO ind_obs (indicator_code, schooljaar_key, vestiging_id, teller)
    SELECT 'OBSERVATIES', s.schooljaar_key, o.vestiging_id, 1
    FROM dw.fact_observatie o JOIN ind_sj s ON o.datum BETWEEN s.begin_datum AND s.eind_datum;

    -- OPP
    INSERT INTO ind_obs (indicator_code, schooljaar_key, vestiging_id, woongemeente, teller)
    SELECT 'OPP_AANDEEL', s.schooljaar_key, o.vestiging_id,
           (array_agg(o.woongemeente ORDER BY o.datum_start DESC, o.woongemeente))[1], 1
    FROM dw.opp_actueel o
    JOIN ind_sj s ON o.datum_start <= s.peildatum AND (o.datum_einde IS NULL OR o.datum_einde >= s.peildatum)
    GROUP BY s.schooljaar_key, o.vestiging_id, o.leerling_pseudonym;

    INSERT INTO ind_obs (indicator_code, schooljaar_key, vestiging_id, woongemeente, teller, noemer)
    SELECT 'OPP_GEEVALUEERD', s.schooljaar_key, o.vestiging_id, o.woongemeente,
           coalesce(o.datum_laatste_evaluatie BETWEEN (s.peildatum - interval '12 months')::date AND s.peildatum, false)::int, 1
    FROM dw.opp_actueel o
    JOIN ind_sj s ON o.datum_start <= s.peildatum AND (o.datum_einde IS NULL OR o.datum_einde >= s.peildatum);

    -- Ondersteuning
    INSERT INTO ind_obs (indicator_code, schooljaar_key, vestiging_id, teller)
    SELECT 'EXTRA_ONDERSTEUNING', s.schooljaar_key, o.vestiging_id, 1
    FROM dw.ondersteuning_actueel o JOIN ind_sj s ON o.datum_aanmelding BETWEEN s.begin_datum AND s.eind_datum
    WHERE o.soort IN ('extra', 'arrangement')
    GROUP BY s.schooljaar_key, o.vestiging_id, o.leerling_pseudonym;

    INSERT INTO ind_obs (indicator_code, schooljaar_key, vestiging_id, waarde)
    SELECT 'BEGELEIDING_DUUR', s.schooljaar_key, o.vestiging_id, o.datum_einde - o.datum_start
    FROM dw.ondersteuning_actueel o JOIN ind_sj s ON o.datum_einde BETWEEN s.begin_datum AND s.eind_datum
    WHERE o.datum_start IS NOT NULL;

    -- Verzuim
    INSERT INTO ind_obs (indicator_code, schooljaar_key, vestiging_id, woongemeente, teller)
    SELECT 'THUISZITTERS', s.schooljaar_key, v.vestiging_id,
           (array_agg(v.woongemeente ORDER BY v.datum_start DESC, v.woongemeente))[1], 1
    FROM dw.verzuim_actueel v
    JOIN ind_sj s ON v.datum_start <= s.peildatum AND (v.datum_einde IS NULL OR v.datum_einde >= s.peildatum)
    WHERE v.soort IN ('thuiszitter', 'absoluut')
    GROUP BY s.schooljaar_key, v.vestiging_id, v.leerling_pseudonym;

    INSERT INTO ind_obs (indicator_code, schooljaar_key, vestiging_id, woongemeente, teller)
    SELECT 'LANGDURIG_VERZUIM', s.schooljaar_key, v.vestiging_id,
           (array_agg(v.woongemeente ORDER BY v.datum_start DESC, v.woongemeente))[1], 1
    FROM dw.verzuim_actueel v
    JOIN ind_sj s ON v.datum_start <= s.eind_datum AND (v.datum_einde IS NULL OR v.datum_einde >= s.begin_datum)
    WHERE v.soort = 'relatief_langdurig'
    GROUP BY s.schooljaar_key, v.vestiging_id, v.leerling_pseudonym;

    -- Doorstroom (own population: the pupils in the delivery for the schooljaar)
    INSERT INTO ind_obs (indicator_code, schooljaar_key, vestiging_id, uitsplitsing, teller, noemer)
    SELECT x.code, d.schooljaar_key, d.vestiging_id, x.uitsplitsing, x.hit::int, 1
    FROM dw.doorstroom_actueel d
    JOIN ind_sj s USING (schooljaar_key)
    CROSS JOIN LATERAL (VALUES
        ('AFSTROOM', '', d.uitkomst = 'afstroom', true),
        ('AFSTROOM', CASE WHEN d.heeft_opp THEN 'met_opp' ELSE 'zonder_opp' END, d.uitkomst = 'afstroom', true),
        ('AFSTROOM_ZIJINSTROOM', '', d.uitkomst = 'afstroom', d.zij_instroom),
        ('BEVORDERING_ONDERSTEUNING', '', d.uitkomst IN ('bevorderd', 'diploma', 'opstroom'), d.ondersteuningsbehoefte),
        ('VAVO', '', d.uitkomst = 'uitstroom_vavo', true),
        ('VAVO', CASE WHEN d.heeft_opp THEN 'met_opp' ELSE 'zonder_opp' END, d.uitkomst = 'uitstroom_vavo', true)
    ) x (code, uitsplitsing, hit, in_populatie)
    WHERE x.in_populatie;

    -- DUO's own "uitbesteed aan VAVO" count beside it, as a share of DUO's population; '<5' stays masked.
    INSERT INTO ind_obs (indicator_code, schooljaar_key, vestiging_id, uitsplitsing, teller, noemer, teller_gemaskeerd, noemer_gemaskeerd)
    SELECT 'VAVO', l.schooljaar_key, l.vestiging_id, 'duo_uitbesteed', l.aantal_vavo, l.aantal_leerlingen, l.vavo_gemaskeerd,
           l.leerlingen_gemaskeerd
    FROM dw.duo_leerlingen_actueel l JOIN ind_vs USING (vestiging_id, schooljaar_key);

    -- TLV
    INSERT INTO ind_obs (indicator_code, schooljaar_key, vestiging_id, woongemeente, uitsplitsing, teller, noemer, waarde)
    SELECT x.code, s.schooljaar_key, t.vestiging_id, t.woongemeente, x.uitsplitsing, x.teller, NULL, x.waarde
    FROM dw.tlv_aanvraag_actueel t
    JOIN ind_sj s ON t.datum_aanvraag BETWEEN s.begin_datum AND s.eind_datum
                  OR t.datum_besluit BETWEEN s.begin_datum AND s.eind_datum
    CROSS JOIN LATERAL (VALUES
        ('TLV_AANVRAGEN', '', 1, NULL::int, t.datum_aanvraag BETWEEN s.begin_datum AND s.eind_datum),
        ('TLV_AFGEGEVEN', '', 1, NULL, t.besluit = 'afgegeven' AND t.datum_besluit BETWEEN s.begin_datum AND s.eind_datum),
        ('TLV_AFGEGEVEN', t.categorie, 1, NULL, t.besluit = 'afgegeven' AND t.categorie IS NOT NULL
                                                AND t.datum_besluit BETWEEN s.begin_datum AND s.eind_datum),
        ('TLV_DOORLOOPTIJD', '', NULL, t.datum_besluit - t.datum_aanvraag,
             t.besluit IN ('afgegeven', 'afgewezen') AND t.datum_besluit BETWEEN s.begin_datum AND s.eind_datum)
    ) x (code, uitsplitsing, teller, waarde, geldt)
    WHERE x.geldt;

    -- Enquêtes
    INSERT INTO ind_obs (indicator_code, schooljaar_key, vestiging_id, uitsplitsing, teller, noemer)
    SELECT x.code, a.schooljaar_key, a.vestiging_id, x.uitsplitsing, a.tevreden::int, 1
    FROM (
        SELECT e.vestiging_id, s.schooljaar_key, e.doelgroep, q.thema,
               CASE q.schaal
                   WHEN '1-5' THEN CASE WHEN g.v BETWEEN 1 AND 5 THEN
                       (CASE WHEN coalesce(q.hoger_is_beter, true) THEN g.v ELSE 6 - g.v END) >= 4 END
                   WHEN '1-10' THEN CASE WHEN g.v BETWEEN 1 AND 10 THEN
                       (CASE WHEN coalesce(q.hoger_is_beter, true) THEN g.v ELSE 11 - g.v END) >= 7 END
                   WHEN 'ja-nee' THEN CASE lower(trim(e.antwoord))
                       WHEN 'ja' THEN coalesce(q.hoger_is_beter, true) WHEN 'nee' THEN NOT coalesce(q.hoger_is_beter, true) END
               END AS tevreden
        FROM dw.enquete_antwoord_actueel e
        JOIN dw.dim_vraag q USING (vraag_key)
        JOIN ind_sj s ON e.datum BETWEEN s.begin_datum AND s.eind_datum
        CROSS JOIN LATERAL (SELECT CASE WHEN e.antwoord ~ '^\s*\d{1,2}\s*$' THEN trim(e.antwoord)::int END AS v) g
    ) a
    CROSS JOIN LATERAL (VALUES
        ('TEVREDENHEID', '', a.thema = 'tevredenheid_ondersteuning'),
        ('TEVREDENHEID', a.doelgroep, a.thema = 'tevredenheid_ondersteuning'),
        ('VEILIGHEID', '', a.thema = 'veiligheid' AND a.doelgroep = 'leerling'),
        ('DOCENT_TOEGERUST', '', a.thema = 'toegerust' AND a.doelgroep = 'docent')
    ) x (code, uitsplitsing, geldt)
    WHERE x.geldt AND a.tevreden IS NOT NULL;

    -- Consultatieteam and middelen (amounts per leerling(en))
    INSERT INTO ind_obs (indicator_code, schooljaar_key, vestiging_id, uitsplitsing, teller)
    SELECT 'CONSULTATIE_UREN', c.schooljaar_key, c.vestiging_id, u.uitsplitsing, c.uren
    FROM dw.consultatie_actueel c JOIN ind_sj s USING (schooljaar_key)
    CROSS JOIN LATERAL (VALUES (''), (c.activiteit)) u (uitsplitsing);

    INSERT INTO ind_obs (indicator_code, schooljaar_key, vestiging_id, uitsplitsing, teller)
    SELECT 'MIDDELEN_PER_LL', m.schooljaar_key, m.vestiging_id, u.uitsplitsing, coalesce(m.gerealiseerd, m.begroot)
    FROM dw.middelen_actueel m JOIN ind_sj s USING (schooljaar_key)
    CROSS JOIN LATERAL (VALUES (''), (m.categorie)) u (uitsplitsing);

    -- Population rows (teller 0, noemer = DUO leerlingen) for every split of every per-leerlingen indicator.
    INSERT INTO ind_obs (indicator_code, schooljaar_key, vestiging_id, uitsplitsing, teller, noemer, noemer_gemaskeerd)
    SELECT u.indicator_code, p.schooljaar_key, p.vestiging_id, u.uitsplitsing, 0, p.leerlingen, p.gemaskeerd
    FROM ind_pop p CROSS JOIN dw.indicator_uitsplitsing u;

    UPDATE ind_obs o SET noemer_onbekend = true
    FROM dw.dim_indicator i
    WHERE i.indicator_code = o.indicator_code AND i.noemer_soort = 'leerlingen' AND o.vestiging_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM ind_pop p WHERE p.vestiging_id = o.vestiging_id AND p.schooljaar_key = o.schooljaar_key);

    ANALYZE ind_obs;

    INSERT INTO dw.fact_indicator (indicator_key, niveau, niveau_code, schooljaar_key, uitsplitsing, teller, noemer, waarde,
        gemaskeerd, ondergrens, bovengrens)
    SELECT i.indicator_key, a.niveau, a.niveau_code, a.schooljaar_key, a.uitsplitsing, t.teller, t.noemer,
           round(w.waarde, 6), t.gemaskeerd, round(b.ondergrens::numeric, 6), round(b.bovengrens::numeric, 6)
    FROM (
        SELECT o.indicator_code, o.schooljaar_key, o.uitsplitsing,
               CASE WHEN grouping(v.vestigingscode) = 0 THEN 'vestiging'
                    WHEN grouping(v.subregio) = 0 THEN 'subregio'
                    WHEN grouping(v.gemeentecode) = 0 THEN 'gemeente'
                    WHEN grouping(o.woongemeente) = 0 THEN 'woongemeente'
                    ELSE 'swv' END AS niveau,
               CASE WHEN grouping(v.vestigingscode) = 0 THEN v.vestigingscode
                    WHEN grouping(v.subregio) = 0 THEN v.subregio
                    WHEN grouping(v.gemeentecode) = 0 THEN v.gemeentecode
                    WHEN grouping(o.woongemeente) = 0 THEN o.woongemeente
                    ELSE (SELECT swv_code FROM dw.swv) END AS niveau_code,
               sum(o.teller) AS teller, sum(o.noemer) AS noemer, count(o.waarde) AS aantal,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY o.waarde) AS mediaan,
               bool_or(o.teller_gemaskeerd) AS teller_gemaskeerd, bool_or(o.noemer_gemaskeerd) AS noemer_gemaskeerd,
               bool_or(o.noemer_onbekend) AS noemer_onbekend
        FROM (
            -- Observations without a waarde only feed sums and flags: summed per vestiging × woongemeente first, the
            -- GROUPING SETS pass (sorts, since percentile_cont cannot hash) handles a fraction of the rows
            -- (national region: this statement 149 s → 65 s, same rows). Medians need every waarde.
            SELECT indicator_code, schooljaar_key, uitsplitsing, vestiging_id, woongemeente, sum(teller) AS teller,
                   sum(noemer) AS noemer, NULL::numeric AS waarde, bool_or(teller_gemaskeerd) AS teller_gemaskeerd,
                   bool_or(noemer_gemaskeerd) AS noemer_gemaskeerd, bool_or(noemer_onbekend) AS noemer_onbekend
            FROM ind_obs WHERE waarde IS NULL
            GROUP BY indicator_code, schooljaar_key, uitsplitsing, vestiging_id, woongemeente
            UNION ALL
            SELECT indicator_code, schooljaar_key, uitsplitsing, vestiging_id, woongemeente, teller, noemer, waarde,
                   teller_gemaskeerd, noemer_gemaskeerd, noemer_onbekend
            FROM ind_obs WHERE waarde IS NOT NULL
        ) o
        LEFT JOIN ind_vs v ON v.vestiging_id = o.vestiging_id AND v.schooljaar_key = o.schooljaar_key
        WHERE o.vestiging_id IS NULL OR v.vestiging_id IS NOT NULL
        GROUP BY o.indicator_code, o.schooljaar_key, o.uitsplitsing,
                 GROUPING SETS ((v.vestigingscode), (v.subregio), (v.gemeentecode), (o.woongemeente), ())
    ) a
    JOIN dw.dim_indicator i ON i.indicator_code = a.indicator_code
    CROSS JOIN LATERAL (
        SELECT CASE WHEN i.soort = 'mediaan' THEN a.mediaan::numeric
                    WHEN a.teller_gemaskeerd THEN NULL ELSE a.teller END AS teller,
               CASE WHEN i.soort = 'mediaan' THEN a.aantal
                    WHEN a.niveau = 'woongemeente' AND i.noemer_soort = 'leerlingen' THEN NULL
                    WHEN a.noemer_gemaskeerd OR a.noemer_onbekend THEN NULL ELSE a.noemer END AS noemer,
               a.teller_gemaskeerd
                   OR (a.noemer_gemaskeerd AND NOT (a.niveau = 'woongemeente' AND i.noemer_soort = 'leerlingen')) AS gemaskeerd
    ) t
    CROSS JOIN LATERAL (
        SELECT CASE WHEN i.soort = 'mediaan' THEN t.teller
                    WHEN t.noemer > 0 THEN t.teller * i.factor / t.noemer END AS waarde
    ) w
    LEFT JOIN LATERAL (
        SELECT p.ondergrens * i.factor / t.noemer AS ondergrens, p.bovengrens * i.factor / t.noemer AS bovengrens
        FROM dw.poisson_grenzen(t.teller) p
        WHERE i.soort = 'rate' AND t.noemer > 0
        UNION ALL
        SELECT g.ondergrens * i.factor, g.bovengrens * i.factor
        FROM dw.wilson_grenzen(t.teller, t.noemer) g
        WHERE i.soort = 'proportie' AND t.noemer > 0
    ) b ON w.waarde IS NOT NULL
    WHERE a.niveau_code IS NOT NULL AND (a.niveau <> 'woongemeente' OR i.woongemeente);
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$fn$;
