-- grain: one row per staged entity with the rows it loaded (a function; the tables it fills state their own grain).
-- stg → dw for the deliveries listed in stg.delivery, set-based, inside the caller's transaction (one per load):
--   1. the dates of the rows about to leave dw → stg.load_span (dw.finish_load turns spans into schooljaren)
--   2. rows of every listed delivery ('load' and superseded 'remove') leave the facts
--   3. reference data: vestiging codes, gemeenten, besturen, DUO snapshots as SCD2 versions, inferred members for
--      schools DUO does not know yet, subregio rules, SWV membership, question catalogue; the natural keys of the
--      row-grain facts (stg.fact_key) become members too, so the loader can resolve their keys
--   4. rows of the staged 'load' deliveries enter the facts (DUO pupil counts, targets)
-- The row-grain facts are copied into dw by the loader after this (FactCopier), then dw.finish_load runs.
-- Running it again for the same deliveries yields the same dw rows (idempotent).
DROP FUNCTION IF EXISTS dw.load_staged();
CREATE FUNCTION dw.load_staged() RETURNS TABLE (entity text, rows_loaded bigint)
    LANGUAGE plpgsql
AS $fn$
DECLARE
    n      bigint;
    snap   record;
BEGIN
    TRUNCATE stg.affected_schooljaar, stg.load_span;

    -- 1. Dates of the rows that leave dw (those that enter are added by dw.finish_load).
    INSERT INTO stg.load_span SELECT * FROM dw.delivery_spans(ARRAY(SELECT delivery_id FROM stg.delivery));

    -- School locations, regions and the question catalogue shape every schooljaar already computed.
    IF EXISTS (SELECT 1 FROM stg.delivery d WHERE d.entity IN ('vestigingen', 'regio', 'vragen')) THEN
        INSERT INTO stg.affected_schooljaar SELECT DISTINCT schooljaar_key FROM dw.fact_indicator ON CONFLICT DO NOTHING;
    END IF;

    -- 2. Rows of listed deliveries leave dw.
    DELETE FROM dw.fact_tv_registratie WHERE delivery_id IN (SELECT delivery_id FROM stg.delivery);
    DELETE FROM dw.fact_observatie WHERE delivery_id IN (SELECT delivery_id FROM stg.delivery);
    DELETE FROM dw.fact_opp WHERE delivery_id IN (SELECT delivery_id FROM stg.delivery);
    DELETE FROM dw.fact_ondersteuning WHERE delivery_id IN (SELECT delivery_id FROM stg.delivery);
    DELETE FROM dw.fact_verzuim WHERE delivery_id IN (SELECT delivery_id FROM stg.delivery);
    DELETE FROM dw.fact_doorstroom WHERE delivery_id IN (SELECT delivery_id FROM stg.delivery);
    DELETE FROM dw.fact_tlv_aanvraag WHERE delivery_id IN (SELECT delivery_id FROM stg.delivery);
    DELETE FROM dw.fact_consultatie WHERE delivery_id IN (SELECT delivery_id FROM stg.delivery);
    DELETE FROM dw.fact_middelen WHERE delivery_id IN (SELECT delivery_id FROM stg.delivery);
    DELETE FROM dw.fact_enquete_antwoord WHERE delivery_id IN (SELECT delivery_id FROM stg.delivery);
    DELETE FROM dw.fact_duo_leerlingen WHERE delivery_id IN (SELECT delivery_id FROM stg.delivery);
    DELETE FROM dw.fact_doel WHERE delivery_id IN (SELECT delivery_id FROM stg.delivery);
    DELETE FROM dw.subregio_regel WHERE delivery_id IN (SELECT delivery_id FROM stg.delivery);

    -- 3. Reference data.
    INSERT INTO dw.vestiging (vestigingscode)
    SELECT DISTINCT c FROM (
        SELECT code FROM stg.fact_key WHERE kind = 'vestigingscode'
        UNION ALL SELECT vestigingscode FROM stg.doelen UNION ALL SELECT vestigingscode FROM stg.vestigingen
        UNION ALL SELECT vestigingscode FROM stg.leerlingen
    ) codes (c)
    WHERE c IS NOT NULL AND c <> 'SWV'
    ORDER BY c
    ON CONFLICT (vestigingscode) DO NOTHING;

    INSERT INTO dw.dim_gemeente (gemeentecode, naam)
    SELECT code, max(naam) FROM (
        SELECT gemeentenummer, nullif(trim(gemeentenaam), '') FROM stg.vestigingen
        UNION ALL SELECT gemeentecode, naam FROM dw.swv_gebied
        UNION ALL SELECT code, NULL FROM stg.fact_key WHERE kind = 'woongemeente'
        UNION ALL SELECT gemeentecode, NULL FROM stg.regio
    ) g (code, naam)
    WHERE code IS NOT NULL
    GROUP BY code
    ORDER BY code
    ON CONFLICT (gemeentecode) DO UPDATE SET naam = coalesce(dw.dim_gemeente.naam, excluded.naam)
        WHERE dw.dim_gemeente.naam IS NULL AND excluded.naam IS NOT NULL;

    UPDATE dw.dim_gemeente g SET in_swv_gebied = (a.gemeentecode IS NOT NULL)
    FROM dw.dim_gemeente g2 LEFT JOIN dw.swv_gebied a ON a.gemeentecode = g2.gemeentecode
    WHERE g.gemeente_key = g2.gemeente_key AND g.in_swv_gebied IS DISTINCT FROM (a.gemeentecode IS NOT NULL);

    INSERT INTO dw.dim_bestuur (bestuur_nummer)
    SELECT DISTINCT b FROM (
        SELECT bevoegd_gezag_nummer FROM stg.vestigingen UNION ALL SELECT bevoegd_gezag_nummer FROM stg.leerlingen
        UNION ALL SELECT code FROM stg.fact_key WHERE kind = 'bestuur'
    ) x (b)
    WHERE b IS NOT NULL
    ORDER BY b
    ON CONFLICT (bestuur_nummer) DO NOTHING;

    -- DUO snapshots in schooljaar order: a changed school gets a new version from the snapshot's schooljaar on; an
    -- inferred member, or a re-delivered snapshot of the same schooljaar, is corrected in place; a snapshot older
    -- than the current version does not rewrite history.
    FOR snap IN
        SELECT d.delivery_id, s.schooljaar_key, s.begin_datum
        FROM stg.delivery d JOIN dw.dim_schooljaar s ON s.schooljaar = d.schooljaar
        WHERE d.entity = 'vestigingen' AND d.action = 'load'
        ORDER BY d.schooljaar, d.ingested_at, d.delivery_id
    LOOP
        TRUNCATE stg.vestiging_snapshot;
        INSERT INTO stg.vestiging_snapshot
        SELECT DISTINCT ON (v.vestiging_id) v.vestiging_id, s.vestigingscode, s.instellingscode, s.vestigingsnaam, b.bestuur_key,
               upper(replace(s.postcode, ' ', '')), upper(trim(s.plaatsnaam)), g.gemeente_key, s.denominatie, s.onderwijsstructuur
        FROM stg.vestigingen s
        JOIN dw.vestiging v ON v.vestigingscode = s.vestigingscode
        LEFT JOIN dw.dim_bestuur b ON b.bestuur_nummer = s.bevoegd_gezag_nummer
        LEFT JOIN dw.dim_gemeente g ON g.gemeentecode = s.gemeentenummer
        WHERE s.delivery_id = snap.delivery_id
        ORDER BY v.vestiging_id, s.source_line DESC;

        UPDATE dw.dim_vestiging c
        SET instellingscode = n.instellingscode, vestigingsnaam = n.vestigingsnaam, bestuur_key = n.bestuur_key,
            postcode = n.postcode, plaatsnaam = n.plaatsnaam, gemeente_key = n.gemeente_key, denominatie = n.denominatie,
            onderwijsstructuur = n.onderwijsstructuur, is_inferred = false, snapshot_schooljaar_key = snap.schooljaar_key,
            delivery_id = snap.delivery_id
        FROM stg.vestiging_snapshot n
        WHERE c.vestiging_id = n.vestiging_id AND c.is_current
          AND (c.is_inferred OR c.snapshot_schooljaar_key = snap.schooljaar_key)
          AND (c.is_inferred OR (c.instellingscode, c.vestigingsnaam, c.bestuur_key, c.postcode, c.plaatsnaam, c.gemeente_key, c.denominatie, c.onderwijsstructuur, c.delivery_id)
               IS DISTINCT FROM (n.instellingscode, n.vestigingsnaam, n.bestuur_key, n.postcode, n.plaatsnaam, n.gemeente_key, n.denominatie, n.onderwijsstructuur, snap.delivery_id));

        UPDATE dw.dim_vestiging c
        SET valid_to = snap.begin_datum, is_current = false
        FROM stg.vestiging_snapshot n
        WHERE c.vestiging_id = n.vestiging_id AND c.is_current AND NOT c.is_inferred
          AND c.snapshot_schooljaar_key < snap.schooljaar_key
          AND (c.vestigingsnaam, c.bestuur_key, c.postcode, c.plaatsnaam, c.gemeente_key, c.denominatie, c.onderwijsstructuur)
              IS DISTINCT FROM (n.vestigingsnaam, n.bestuur_key, n.postcode, n.plaatsnaam, n.gemeente_key, n.denominatie, n.onderwijsstructuur);

        INSERT INTO dw.dim_vestiging (vestiging_id, vestigingscode, instellingscode, vestigingsnaam, bestuur_key, postcode,
            plaatsnaam, gemeente_key, denominatie, onderwijsstructuur, in_swv, valid_from, valid_to, is_current, is_inferred,
            snapshot_schooljaar_key, delivery_id)
        SELECT n.vestiging_id, n.vestigingscode, n.instellingscode, n.vestigingsnaam, n.bestuur_key, n.postcode, n.plaatsnaam,
               n.gemeente_key, n.denominatie, n.onderwijsstructuur, false,
               CASE WHEN EXISTS (SELECT 1 FROM dw.dim_vestiging o WHERE o.vestiging_id = n.vestiging_id) THEN snap.begin_datum ELSE '-infinity' END,
               'infinity', true, false, snap.schooljaar_key, snap.delivery_id
        FROM stg.vestiging_snapshot n
        WHERE NOT EXISTS (SELECT 1 FROM dw.dim_vestiging c WHERE c.vestiging_id = n.vestiging_id AND c.is_current)
        ORDER BY n.vestiging_id;
    END LOOP;

    -- Inferred members: facts of a school DUO has not published yet keep a key; completed by the next snapshot.
    INSERT INTO dw.dim_vestiging (vestiging_id, vestigingscode, in_swv, valid_from, valid_to, is_current, is_inferred)
    SELECT v.vestiging_id, v.vestigingscode, true, '-infinity', 'infinity', true, true
    FROM dw.vestiging v
    WHERE NOT EXISTS (SELECT 1 FROM dw.dim_vestiging d WHERE d.vestiging_id = v.vestiging_id)
    ORDER BY v.vestiging_id;

    INSERT INTO dw.dim_subregio (naam)
    SELECT DISTINCT trim(subregio) FROM stg.regio WHERE subregio IS NOT NULL ORDER BY 1
    ON CONFLICT (naam) DO NOTHING;

    INSERT INTO dw.subregio_regel (subregio_key, gemeentecode, plaatsnaam, postcode_van, postcode_tot, schooljaar, delivery_id, ingested_at)
    SELECT r.subregio_key, s.gemeentecode, upper(trim(s.plaatsnaam)), s.postcode_van, s.postcode_tot, d.schooljaar, s.delivery_id, s.ingested_at
    FROM stg.regio s
    JOIN stg.delivery d ON d.delivery_id = s.delivery_id
    JOIN dw.dim_subregio r ON r.naam = trim(s.subregio)
    ORDER BY s.delivery_id, s.source_line;

    -- Subregio (type 1: the SWV's current rules apply to every version) from the rules of the latest regio
    -- schooljaar; the most specific rule wins: postcode range, then plaatsnaam, then the whole gemeente.
    UPDATE dw.dim_vestiging v SET subregio_key = m.subregio_key
    FROM (
        SELECT v2.vestiging_key,
               (SELECT r.subregio_key FROM dw.subregio_regel r
                WHERE r.schooljaar = (SELECT max(schooljaar) FROM dw.subregio_regel)
                  AND r.gemeentecode = g.gemeentecode
                  AND (r.plaatsnaam IS NULL OR r.plaatsnaam = v2.plaatsnaam)
                  AND (r.postcode_van IS NULL OR left(v2.postcode, length(r.postcode_van)) >= r.postcode_van)
                  AND (r.postcode_tot IS NULL OR left(v2.postcode, length(r.postcode_tot)) <= r.postcode_tot)
                ORDER BY (r.postcode_van IS NOT NULL OR r.postcode_tot IS NOT NULL) DESC, (r.plaatsnaam IS NOT NULL) DESC, r.subregio_key
                LIMIT 1) AS subregio_key
        FROM dw.dim_vestiging v2 LEFT JOIN dw.dim_gemeente g ON g.gemeente_key = v2.gemeente_key
    ) m
    WHERE v.vestiging_key = m.vestiging_key AND v.subregio_key IS DISTINCT FROM m.subregio_key;

    -- SWV membership per version (domain.md: gemeente + plaatsnaam, never the gemeentecode alone). An inferred
    -- member delivered data to this SWV, so it counts as a member until DUO says where it is.
    UPDATE dw.dim_vestiging v SET in_swv = m.in_swv
    FROM (
        SELECT v2.vestiging_key,
               v2.is_inferred OR EXISTS (
                   SELECT 1 FROM dw.swv_gebied a JOIN dw.dim_gemeente g ON g.gemeentecode = a.gemeentecode
                   WHERE g.gemeente_key = v2.gemeente_key
                     AND (a.plaatsnamen IS NULL OR v2.plaatsnaam = ANY (a.plaatsnamen))
                     AND NOT (coalesce(v2.plaatsnaam, '') = ANY (a.uitgesloten_plaatsnamen))) AS in_swv
        FROM dw.dim_vestiging v2
    ) m
    WHERE v.vestiging_key = m.vestiging_key AND v.in_swv IS DISTINCT FROM m.in_swv;

    INSERT INTO dw.dim_vraag (vraag_code, vraagtekst, thema, schaal, hoger_is_beter, is_inferred, delivery_id)
    SELECT DISTINCT ON (vraag_code) vraag_code, vraagtekst, thema, schaal, hoger_is_beter, false, delivery_id
    FROM stg.vragen
    ORDER BY vraag_code, ingested_at DESC, source_line DESC
    ON CONFLICT (vraag_code) DO UPDATE
        SET vraagtekst = excluded.vraagtekst, thema = excluded.thema, schaal = excluded.schaal,
            hoger_is_beter = excluded.hoger_is_beter, is_inferred = false, delivery_id = excluded.delivery_id;

    INSERT INTO dw.dim_vraag (vraag_code, is_inferred)
    SELECT DISTINCT code, true FROM stg.fact_key WHERE kind = 'vraag_code' ORDER BY 1
    ON CONFLICT (vraag_code) DO NOTHING;

    -- 4. Rows of the staged deliveries enter dw.
    INSERT INTO dw.fact_duo_leerlingen (vestiging_id, bestuur_key, schooljaar_key, aantal_leerlingen, leerlingen_gemaskeerd,
        aantal_vavo, vavo_gemaskeerd, delivery_schooljaar, delivery_id, source_line, ingested_at)
    SELECT v.vestiging_id, min(b.bestuur_key), dw.schooljaar_key(d.schooljaar),
           CASE WHEN bool_or(coalesce(s.aantal_leerlingen_gemaskeerd, false)) THEN NULL ELSE sum(s.aantal_leerlingen) END,
           bool_or(coalesce(s.aantal_leerlingen_gemaskeerd, false)),
           CASE WHEN bool_or(coalesce(s.aantal_vo_leerlingen_uitbesteed_aan_vavo_gemaskeerd, false)) THEN NULL ELSE sum(s.aantal_vo_leerlingen_uitbesteed_aan_vavo) END,
           bool_or(coalesce(s.aantal_vo_leerlingen_uitbesteed_aan_vavo_gemaskeerd, false)),
           d.schooljaar, s.delivery_id, min(s.source_line), min(s.ingested_at)
    FROM stg.leerlingen s JOIN stg.delivery d USING (delivery_id) JOIN dw.vestiging v USING (vestigingscode)
    LEFT JOIN dw.dim_bestuur b ON b.bestuur_nummer = s.bevoegd_gezag_nummer
    GROUP BY v.vestiging_id, d.schooljaar, s.delivery_id;
    GET DIAGNOSTICS n = ROW_COUNT; entity := 'leerlingen'; rows_loaded := n; RETURN NEXT;

    INSERT INTO dw.fact_doel (indicator_key, niveau, vestiging_id, nulmeting_schooljaar_key, nulmeting_waarde,
        doel_schooljaar_key, doel_waarde, speerpunt_key, toelichting, delivery_schooljaar, delivery_id, source_line, ingested_at)
    SELECT i.indicator_key, CASE WHEN s.vestigingscode = 'SWV' THEN 'swv' ELSE 'vestiging' END, v.vestiging_id,
           dw.schooljaar_key(s.nulmeting_schooljaar), s.nulmeting_waarde, dw.schooljaar_key(s.doel_schooljaar), s.doel_waarde,
           s.speerpunt, s.toelichting, d.schooljaar, s.delivery_id, s.source_line, s.ingested_at
    FROM stg.doelen s JOIN stg.delivery d USING (delivery_id)
    LEFT JOIN dw.dim_indicator i ON i.indicator_code = s.indicator
    LEFT JOIN dw.vestiging v ON v.vestigingscode = s.vestigingscode;
    GET DIAGNOSTICS n = ROW_COUNT; entity := 'doelen'; rows_loaded := n; RETURN NEXT;

    entity := 'vestigingen'; rows_loaded := (SELECT count(*) FROM stg.vestigingen); RETURN NEXT;
    entity := 'regio'; rows_loaded := (SELECT count(*) FROM stg.regio); RETURN NEXT;
    entity := 'vragen'; rows_loaded := (SELECT count(*) FROM stg.vragen); RETURN NEXT;
END
$fn$;
