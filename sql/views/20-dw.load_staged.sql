-- stg → dw for the deliveries listed in stg.delivery, set-based, inside the caller's transaction (one per load):
--   1. the schooljaren whose indicators change (dates of rows leaving and entering dw) → stg.affected_schooljaar
--   2. rows of every listed delivery ('load' and superseded 'remove') leave the facts
--   3. reference data: vestiging codes, gemeenten, besturen, DUO snapshots as SCD2 versions, inferred members for
--      schools DUO does not know yet, subregio rules, SWV membership, question catalogue
--   4. rows of the 'load' deliveries enter the facts
-- Returns rows per entity. Running it again for the same deliveries yields the same dw rows (idempotent).
DROP FUNCTION IF EXISTS dw.load_staged();
CREATE FUNCTION dw.load_staged() RETURNS TABLE (entity text, rows_loaded bigint)
    LANGUAGE plpgsql
AS $fn$
DECLARE
    n      bigint;
    snap   record;
    lo_sj  integer;
    hi_sj  integer;
    open_end boolean;
BEGIN
    TRUNCATE stg.affected_schooljaar;

    -- 1. Affected schooljaren. An open interval (OPP or verzuim without datum_einde) counts on every later peildatum.
    WITH listed AS (SELECT delivery_id FROM stg.delivery),
    spans (lo, hi, open_end) AS (
        SELECT min(datum_aanmelding), max(greatest(datum_aanmelding, datum_einde)), false FROM dw.fact_tv_registratie WHERE delivery_id IN (SELECT delivery_id FROM listed)
        UNION ALL SELECT min(datum_aanmelding), max(greatest(datum_aanmelding, datum_einde)), false FROM stg.trajectvoorziening
        UNION ALL SELECT min(datum), max(datum), false FROM dw.fact_observatie WHERE delivery_id IN (SELECT delivery_id FROM listed)
        UNION ALL SELECT min(datum), max(datum), false FROM stg.observatie
        UNION ALL SELECT min(datum_start), max(greatest(datum_start, datum_einde, datum_laatste_evaluatie)), bool_or(datum_einde IS NULL) FROM dw.fact_opp WHERE delivery_id IN (SELECT delivery_id FROM listed)
        UNION ALL SELECT min(datum_start), max(greatest(datum_start, datum_einde, datum_laatste_evaluatie)), bool_or(datum_einde IS NULL) FROM stg.opp
        UNION ALL SELECT min(datum_aanmelding), max(greatest(datum_aanmelding, datum_start, datum_einde)), false FROM dw.fact_ondersteuning WHERE delivery_id IN (SELECT delivery_id FROM listed)
        UNION ALL SELECT min(datum_aanmelding), max(greatest(datum_aanmelding, datum_start, datum_einde)), false FROM stg.ondersteuning
        UNION ALL SELECT min(datum_start), max(greatest(datum_start, datum_einde)), bool_or(datum_einde IS NULL) FROM dw.fact_verzuim WHERE delivery_id IN (SELECT delivery_id FROM listed)
        UNION ALL SELECT min(datum_start), max(greatest(datum_start, datum_einde)), bool_or(datum_einde IS NULL) FROM stg.verzuim
        UNION ALL SELECT min(datum_aanvraag), max(greatest(datum_aanvraag, datum_besluit)), false FROM dw.fact_tlv_aanvraag WHERE delivery_id IN (SELECT delivery_id FROM listed)
        UNION ALL SELECT min(datum_aanvraag), max(greatest(datum_aanvraag, datum_besluit)), false FROM stg.tlv
        UNION ALL SELECT min(datum), max(datum), false FROM dw.fact_enquete_antwoord WHERE delivery_id IN (SELECT delivery_id FROM listed)
        UNION ALL SELECT min(datum), max(datum), false FROM stg.enquete
        UNION ALL SELECT min(make_date(schooljaar_key, 8, 1)), max(make_date(schooljaar_key, 8, 1)), false FROM dw.fact_doorstroom WHERE delivery_id IN (SELECT delivery_id FROM listed)
        UNION ALL SELECT min(make_date(dw.schooljaar_key(schooljaar), 8, 1)), max(make_date(dw.schooljaar_key(schooljaar), 8, 1)), false FROM stg.doorstroom
        UNION ALL SELECT min(make_date(schooljaar_key, 8, 1)), max(make_date(schooljaar_key, 8, 1)), false FROM dw.fact_consultatie WHERE delivery_id IN (SELECT delivery_id FROM listed)
        UNION ALL SELECT min(make_date(dw.schooljaar_key(schooljaar), 8, 1)), max(make_date(dw.schooljaar_key(schooljaar), 8, 1)), false FROM stg.consultatie
        UNION ALL SELECT min(make_date(schooljaar_key, 8, 1)), max(make_date(schooljaar_key, 8, 1)), false FROM dw.fact_middelen WHERE delivery_id IN (SELECT delivery_id FROM listed)
        UNION ALL SELECT min(make_date(dw.schooljaar_key(schooljaar), 8, 1)), max(make_date(dw.schooljaar_key(schooljaar), 8, 1)), false FROM stg.middelen
        UNION ALL SELECT min(make_date(dw.schooljaar_key(d.schooljaar), 8, 1)), max(make_date(dw.schooljaar_key(d.schooljaar), 8, 1)), false
                  FROM stg.delivery d WHERE d.entity = 'leerlingen' AND d.schooljaar IS NOT NULL
    )
    SELECT dw.schooljaar_key(dw.schooljaar_van(min(lo))), dw.schooljaar_key(dw.schooljaar_van(max(hi))), coalesce(bool_or(spans.open_end), false)
    INTO lo_sj, hi_sj, open_end
    FROM spans;

    IF open_end THEN
        hi_sj := greatest(hi_sj, (SELECT max(schooljaar_key) FROM dw.fact_indicator),
                          (SELECT max(dw.schooljaar_key(d.schooljaar)) FROM stg.delivery d));
    END IF;

    IF lo_sj IS NOT NULL THEN
        INSERT INTO stg.affected_schooljaar SELECT generate_series(lo_sj, hi_sj) ON CONFLICT DO NOTHING;
    END IF;

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
        SELECT vestigingscode FROM stg.trajectvoorziening UNION ALL SELECT vestigingscode FROM stg.observatie
        UNION ALL SELECT vestigingscode FROM stg.opp UNION ALL SELECT vestigingscode FROM stg.ondersteuning
        UNION ALL SELECT vestigingscode FROM stg.verzuim UNION ALL SELECT vestigingscode FROM stg.doorstroom
        UNION ALL SELECT vestigingscode FROM stg.tlv UNION ALL SELECT vestigingscode FROM stg.consultatie
        UNION ALL SELECT vestigingscode FROM stg.middelen UNION ALL SELECT vestigingscode FROM stg.doelen
        UNION ALL SELECT vestigingscode FROM stg.enquete UNION ALL SELECT vestigingscode FROM stg.vestigingen
        UNION ALL SELECT vestigingscode FROM stg.leerlingen
    ) codes (c)
    WHERE c IS NOT NULL AND c <> 'SWV'
    ORDER BY c
    ON CONFLICT (vestigingscode) DO NOTHING;

    INSERT INTO dw.dim_gemeente (gemeentecode, naam)
    SELECT code, max(naam) FROM (
        SELECT gemeentenummer, nullif(trim(gemeentenaam), '') FROM stg.vestigingen
        UNION ALL SELECT gemeentecode, naam FROM dw.swv_gebied
        UNION ALL SELECT woongemeente, NULL FROM stg.trajectvoorziening UNION ALL SELECT woongemeente, NULL FROM stg.opp
        UNION ALL SELECT woongemeente, NULL FROM stg.verzuim UNION ALL SELECT woongemeente, NULL FROM stg.tlv
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
        UNION ALL SELECT bestuur FROM stg.middelen
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
    SELECT DISTINCT vraag_code, true FROM stg.enquete ORDER BY 1
    ON CONFLICT (vraag_code) DO NOTHING;

    -- 4. Rows of the loaded deliveries enter dw.
    INSERT INTO dw.fact_tv_registratie (vestiging_id, leerling_pseudonym, datum_aanmelding, reden, datum_einde, uitkomst,
        onderwijstype, leerjaar, heeft_opp, woongemeente, delivery_schooljaar, delivery_id, source_line, ingested_at)
    SELECT v.vestiging_id, s.leerling_pseudonym, s.datum_aanmelding, s.reden, s.datum_einde, s.uitkomst, s.onderwijstype,
           s.leerjaar, s.heeft_opp, s.woongemeente, d.schooljaar, s.delivery_id, s.source_line, s.ingested_at
    FROM stg.trajectvoorziening s JOIN stg.delivery d USING (delivery_id) JOIN dw.vestiging v USING (vestigingscode);
    GET DIAGNOSTICS n = ROW_COUNT; entity := 'trajectvoorziening'; rows_loaded := n; RETURN NEXT;

    INSERT INTO dw.fact_observatie (vestiging_id, datum, soort, uitgevoerd_door, leerling_pseudonym, delivery_schooljaar,
        delivery_id, source_line, ingested_at)
    SELECT v.vestiging_id, s.datum, s.soort, s.uitgevoerd_door, s.leerling_pseudonym, d.schooljaar, s.delivery_id, s.source_line, s.ingested_at
    FROM stg.observatie s JOIN stg.delivery d USING (delivery_id) JOIN dw.vestiging v USING (vestigingscode);
    GET DIAGNOSTICS n = ROW_COUNT; entity := 'observatie'; rows_loaded := n; RETURN NEXT;

    INSERT INTO dw.fact_opp (vestiging_id, leerling_pseudonym, datum_start, datum_einde, datum_laatste_evaluatie, onderwijstype,
        leerjaar, woongemeente, delivery_schooljaar, delivery_id, source_line, ingested_at)
    SELECT v.vestiging_id, s.leerling_pseudonym, s.datum_start, s.datum_einde, s.datum_laatste_evaluatie, s.onderwijstype,
           s.leerjaar, s.woongemeente, d.schooljaar, s.delivery_id, s.source_line, s.ingested_at
    FROM stg.opp s JOIN stg.delivery d USING (delivery_id) JOIN dw.vestiging v USING (vestigingscode);
    GET DIAGNOSTICS n = ROW_COUNT; entity := 'opp'; rows_loaded := n; RETURN NEXT;

    INSERT INTO dw.fact_ondersteuning (vestiging_id, leerling_pseudonym, soort, datum_aanmelding, datum_start, datum_einde,
        delivery_schooljaar, delivery_id, source_line, ingested_at)
    SELECT v.vestiging_id, s.leerling_pseudonym, s.soort, s.datum_aanmelding, s.datum_start, s.datum_einde, d.schooljaar,
           s.delivery_id, s.source_line, s.ingested_at
    FROM stg.ondersteuning s JOIN stg.delivery d USING (delivery_id) JOIN dw.vestiging v USING (vestigingscode);
    GET DIAGNOSTICS n = ROW_COUNT; entity := 'ondersteuning'; rows_loaded := n; RETURN NEXT;

    INSERT INTO dw.fact_verzuim (vestiging_id, leerling_pseudonym, soort, datum_start, datum_einde, woongemeente,
        gemeld_leerplicht, delivery_schooljaar, delivery_id, source_line, ingested_at)
    SELECT v.vestiging_id, s.leerling_pseudonym, s.soort, s.datum_start, s.datum_einde, s.woongemeente, s.gemeld_leerplicht,
           d.schooljaar, s.delivery_id, s.source_line, s.ingested_at
    FROM stg.verzuim s JOIN stg.delivery d USING (delivery_id) JOIN dw.vestiging v USING (vestigingscode);
    GET DIAGNOSTICS n = ROW_COUNT; entity := 'verzuim'; rows_loaded := n; RETURN NEXT;

    INSERT INTO dw.fact_doorstroom (vestiging_id, leerling_pseudonym, schooljaar_key, onderwijstype, leerjaar, uitkomst,
        heeft_opp, zij_instroom, ondersteuningsbehoefte, delivery_schooljaar, delivery_id, source_line, ingested_at)
    SELECT v.vestiging_id, s.leerling_pseudonym, dw.schooljaar_key(s.schooljaar), s.onderwijstype, s.leerjaar, s.uitkomst,
           s.heeft_opp, s.zij_instroom, s.ondersteuningsbehoefte, d.schooljaar, s.delivery_id, s.source_line, s.ingested_at
    FROM stg.doorstroom s JOIN stg.delivery d USING (delivery_id) JOIN dw.vestiging v USING (vestigingscode);
    GET DIAGNOSTICS n = ROW_COUNT; entity := 'doorstroom'; rows_loaded := n; RETURN NEXT;

    INSERT INTO dw.fact_tlv_aanvraag (aanvraag_id, vestiging_id, leerling_pseudonym, datum_aanvraag, datum_besluit, besluit,
        categorie, geldig_tot, woongemeente, delivery_schooljaar, delivery_id, source_line, ingested_at)
    SELECT s.aanvraag_id, v.vestiging_id, s.leerling_pseudonym, s.datum_aanvraag, s.datum_besluit, s.besluit, s.categorie,
           s.geldig_tot, s.woongemeente, d.schooljaar, s.delivery_id, s.source_line, s.ingested_at
    FROM stg.tlv s JOIN stg.delivery d USING (delivery_id) JOIN dw.vestiging v USING (vestigingscode);
    GET DIAGNOSTICS n = ROW_COUNT; entity := 'tlv'; rows_loaded := n; RETURN NEXT;

    INSERT INTO dw.fact_consultatie (vestiging_id, schooljaar_key, activiteit, aantal, uren, delivery_schooljaar, delivery_id,
        source_line, ingested_at)
    SELECT v.vestiging_id, dw.schooljaar_key(s.schooljaar), s.activiteit, s.aantal, s.uren, d.schooljaar, s.delivery_id,
           s.source_line, s.ingested_at
    FROM stg.consultatie s JOIN stg.delivery d USING (delivery_id) JOIN dw.vestiging v USING (vestigingscode);
    GET DIAGNOSTICS n = ROW_COUNT; entity := 'consultatie'; rows_loaded := n; RETURN NEXT;

    INSERT INTO dw.fact_middelen (vestiging_id, bestuur_key, schooljaar_key, categorie, begroot, gerealiseerd,
        delivery_schooljaar, delivery_id, source_line, ingested_at)
    SELECT v.vestiging_id, b.bestuur_key, dw.schooljaar_key(s.schooljaar), s.categorie, s.begroot, s.gerealiseerd,
           d.schooljaar, s.delivery_id, s.source_line, s.ingested_at
    FROM stg.middelen s JOIN stg.delivery d USING (delivery_id)
    LEFT JOIN dw.vestiging v ON v.vestigingscode = s.vestigingscode
    LEFT JOIN dw.dim_bestuur b ON b.bestuur_nummer = s.bestuur;
    GET DIAGNOSTICS n = ROW_COUNT; entity := 'middelen'; rows_loaded := n; RETURN NEXT;

    INSERT INTO dw.fact_enquete_antwoord (vestiging_id, respondent_pseudonym, datum, doelgroep, vragenlijst, vraag_key,
        antwoord, delivery_schooljaar, delivery_id, source_line, ingested_at)
    SELECT v.vestiging_id, s.respondent_pseudonym, s.datum, s.doelgroep, s.vragenlijst, q.vraag_key, s.antwoord,
           d.schooljaar, s.delivery_id, s.source_line, s.ingested_at
    FROM stg.enquete s JOIN stg.delivery d USING (delivery_id)
    JOIN dw.dim_vraag q ON q.vraag_code = s.vraag_code
    LEFT JOIN dw.vestiging v ON v.vestigingscode = s.vestigingscode;
    GET DIAGNOSTICS n = ROW_COUNT; entity := 'enquete'; rows_loaded := n; RETURN NEXT;

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
