-- Quality gates (reliability-privacy.md §5, §6; dbt-test style, severity error): each gate is a query returning the
-- keys of failing rows; zero rows passes. Results go to etl.quality_gate_result for the load run; one failure marks
-- the load failed, which blocks extracts (rpt.laatste_load) and shows in ./koers status.
DROP FUNCTION IF EXISTS etl.run_quality_gates(bigint);
CREATE FUNCTION etl.run_quality_gates(p_load_run_id bigint)
    RETURNS TABLE (gate_name text, description text, failing_rows bigint, passed boolean, sample text)
    LANGUAGE plpgsql
AS $fn$
DECLARE
    g record;
    pseudonym constant text := '^[0-9a-f]{64}$';
BEGIN
    DELETE FROM etl.quality_gate_result r WHERE r.load_run_id = p_load_run_id;
    FOR g IN
        SELECT * FROM (VALUES
        -- unique and not-null keys
        ('unique_current_vestiging', 'at most one current dim_vestiging row per vestiging',
         $q$SELECT vestiging_id::text FROM dw.dim_vestiging WHERE is_current GROUP BY vestiging_id HAVING count(*) > 1$q$),
        ('scd2_no_overlap', 'no two versions of a vestiging valid on the same day',
         $q$SELECT a.vestigingscode FROM dw.dim_vestiging a JOIN dw.dim_vestiging b ON a.vestiging_id = b.vestiging_id
            AND a.vestiging_key < b.vestiging_key AND a.valid_from < b.valid_to AND b.valid_from < a.valid_to$q$),
        ('scd2_no_gaps', 'versions of a vestiging follow each other without gaps, from -infinity to infinity',
         $q$SELECT vestigingscode FROM (SELECT vestigingscode, valid_from, valid_to,
                lag(valid_to) OVER (PARTITION BY vestiging_id ORDER BY valid_from) AS prev_to,
                row_number() OVER (PARTITION BY vestiging_id ORDER BY valid_from) AS n,
                count(*) FILTER (WHERE is_current) OVER (PARTITION BY vestiging_id) AS currents
            FROM dw.dim_vestiging) v
            WHERE (n = 1 AND valid_from <> '-infinity') OR (n > 1 AND valid_from <> prev_to) OR currents <> 1$q$),
        ('not_null_vestiging_code', 'every dimension row has its natural key',
         $q$SELECT vestiging_key::text FROM dw.dim_vestiging v JOIN dw.vestiging c USING (vestiging_id)
            WHERE v.vestigingscode IS DISTINCT FROM c.vestigingscode$q$),
        ('masked_has_no_value', 'a masked indicator row shows no waarde',
         $q$SELECT indicator_key || '/' || niveau_code FROM dw.fact_indicator
            WHERE gemaskeerd AND waarde IS NOT NULL$q$),
        -- relationships
        ('relationship_woongemeente', 'every woongemeente is a known gemeente (CBS code)',
         $q$SELECT woongemeente FROM (SELECT woongemeente FROM dw.fact_tv_registratie UNION SELECT woongemeente FROM dw.fact_opp
            UNION SELECT woongemeente FROM dw.fact_verzuim UNION SELECT woongemeente FROM dw.fact_tlv_aanvraag) w
            WHERE NOT EXISTS (SELECT 1 FROM dw.dim_gemeente g WHERE g.gemeentecode = w.woongemeente)$q$),
        ('relationship_fact_indicator_niveau', 'every fact_indicator niveau_code names a known vestiging, subregio, gemeente or the SWV',
         $q$SELECT DISTINCT niveau || ':' || niveau_code FROM dw.fact_indicator f WHERE NOT CASE f.niveau
                WHEN 'vestiging' THEN EXISTS (SELECT 1 FROM dw.vestiging v WHERE v.vestigingscode = f.niveau_code)
                WHEN 'subregio' THEN EXISTS (SELECT 1 FROM dw.dim_subregio s WHERE s.naam = f.niveau_code)
                WHEN 'swv' THEN EXISTS (SELECT 1 FROM dw.swv s WHERE s.swv_code = f.niveau_code)
                ELSE EXISTS (SELECT 1 FROM dw.dim_gemeente g WHERE g.gemeentecode = f.niveau_code) END$q$),
        ('relationship_fact_keys', 'every key of a row-grain fact names a dimension member (the loader resolves them; no per-row foreign keys)',
         $q$SELECT 'vestiging_id ' || k FROM (
                SELECT vestiging_id FROM dw.fact_tv_registratie UNION SELECT vestiging_id FROM dw.fact_observatie
                UNION SELECT vestiging_id FROM dw.fact_opp UNION SELECT vestiging_id FROM dw.fact_ondersteuning
                UNION SELECT vestiging_id FROM dw.fact_verzuim UNION SELECT vestiging_id FROM dw.fact_doorstroom
                UNION SELECT vestiging_id FROM dw.fact_tlv_aanvraag UNION SELECT vestiging_id FROM dw.fact_consultatie
                UNION SELECT vestiging_id FROM dw.fact_middelen UNION SELECT vestiging_id FROM dw.fact_enquete_antwoord) f (k)
              WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM dw.vestiging v WHERE v.vestiging_id = f.k)
            UNION ALL SELECT 'schooljaar_key ' || k FROM (
                SELECT schooljaar_key FROM dw.fact_doorstroom UNION SELECT schooljaar_key FROM dw.fact_consultatie
                UNION SELECT schooljaar_key FROM dw.fact_middelen) f (k)
              WHERE NOT EXISTS (SELECT 1 FROM dw.dim_schooljaar s WHERE s.schooljaar_key = f.k)
            UNION ALL SELECT DISTINCT 'bestuur_key ' || bestuur_key FROM dw.fact_middelen f
              WHERE bestuur_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM dw.dim_bestuur b WHERE b.bestuur_key = f.bestuur_key)
            UNION ALL SELECT DISTINCT 'vraag_key ' || vraag_key FROM dw.fact_enquete_antwoord f
              WHERE NOT EXISTS (SELECT 1 FROM dw.dim_vraag q WHERE q.vraag_key = f.vraag_key)$q$),
        ('relationship_vestiging_dimension', 'every vestiging a fact refers to has a dim_vestiging row',
         $q$SELECT vestigingscode FROM dw.vestiging v WHERE NOT EXISTS (SELECT 1 FROM dw.dim_vestiging d WHERE d.vestiging_id = v.vestiging_id)$q$),
        ('relationship_onderwijstype', 'every onderwijstype is in dim_onderwijstype',
         $q$SELECT onderwijstype FROM (SELECT onderwijstype FROM dw.fact_tv_registratie UNION SELECT onderwijstype FROM dw.fact_opp
            UNION SELECT onderwijstype FROM dw.fact_doorstroom) o
            WHERE NOT EXISTS (SELECT 1 FROM dw.dim_onderwijstype d WHERE d.code = o.onderwijstype)$q$),
        ('relationship_doelgroep', 'every survey doelgroep is in dim_doelgroep',
         $q$SELECT DISTINCT doelgroep FROM dw.fact_enquete_antwoord e WHERE NOT EXISTS (SELECT 1 FROM dw.dim_doelgroep d WHERE d.code = e.doelgroep)$q$),
        -- accepted values (sources.md code lists)
        ('accepted_tv_codes', 'trajectvoorziening reden and uitkomst in the template code lists',
         $q$SELECT delivery_id || ':' || source_line FROM dw.fact_tv_registratie
            WHERE reden NOT IN ('gedrag', 'sociaal_emotioneel', 'motivatie_burnout', 'leerproblemen', 'thuissituatie', 'overig')
               OR uitkomst NOT IN ('terug_in_klas', 'andere_school', 'vso', 'thuiszitter', 'overig') OR leerjaar NOT BETWEEN 1 AND 6$q$),
        ('accepted_observatie_codes', 'observatie soort and uitgevoerd_door in the code lists; a pupil only for soort leerling',
         $q$SELECT delivery_id || ':' || source_line FROM dw.fact_observatie
            WHERE soort NOT IN ('leerling', 'klas') OR uitgevoerd_door NOT IN ('tv', 'consultatieteam', 'bpo', 'zorgcoordinator')
               OR (leerling_pseudonym IS NOT NULL AND soort <> 'leerling')$q$),
        ('accepted_ondersteuning_soort', 'ondersteuning soort in {basis, extra, arrangement}',
         $q$SELECT delivery_id || ':' || source_line FROM dw.fact_ondersteuning WHERE soort NOT IN ('basis', 'extra', 'arrangement')$q$),
        ('accepted_verzuim_soort', 'verzuim soort in {relatief_langdurig, absoluut, thuiszitter}',
         $q$SELECT delivery_id || ':' || source_line FROM dw.fact_verzuim WHERE soort NOT IN ('relatief_langdurig', 'absoluut', 'thuiszitter')$q$),
        ('accepted_doorstroom_uitkomst', 'doorstroom uitkomst in the code list',
         $q$SELECT delivery_id || ':' || source_line FROM dw.fact_doorstroom WHERE uitkomst NOT IN ('bevorderd', 'doublure', 'afstroom', 'opstroom',
            'diploma', 'uitstroom_vavo', 'uitstroom_vso', 'uitstroom_mbo', 'uitstroom_overig')$q$),
        ('accepted_tlv_codes', 'tlv besluit and categorie in the code lists',
         $q$SELECT aanvraag_id FROM dw.fact_tlv_aanvraag WHERE besluit NOT IN ('afgegeven', 'afgewezen', 'ingetrokken', 'lopend')
            OR categorie NOT IN ('laag', 'midden', 'hoog')$q$),
        ('accepted_consultatie_activiteit', 'consultatie activiteit in the code list',
         $q$SELECT delivery_id || ':' || source_line FROM dw.fact_consultatie WHERE activiteit NOT IN ('handelingsadvies', 'voorlichting',
            'observatie', 'coaching', 'schakeltraject', 'leerlingbespreking')$q$),
        ('accepted_middelen_categorie', 'middelen categorie in the code list',
         $q$SELECT delivery_id || ':' || source_line FROM dw.fact_middelen WHERE categorie NOT IN ('formatie_zorg', 'trajectvoorziening', 'mentoraat',
            'studiecoaches', 'nt2', 'professionalisering', 'overig')$q$),
        ('accepted_vraag_codes', 'question thema and schaal in the code lists',
         $q$SELECT vraag_code FROM dw.dim_vraag WHERE thema NOT IN ('tevredenheid_ondersteuning', 'veiligheid', 'pesten', 'werkdruk', 'toegerust')
            OR schaal NOT IN ('1-5', '1-10', 'ja-nee')$q$),
        ('accepted_pseudonyms', 'pupils and respondents appear only as 64-hex pseudonyms (reliability-privacy.md §9, §10)',
         format($q$SELECT 'tv' FROM dw.fact_tv_registratie WHERE leerling_pseudonym !~ %1$L
            UNION ALL SELECT 'observatie' FROM dw.fact_observatie WHERE leerling_pseudonym !~ %1$L
            UNION ALL SELECT 'opp' FROM dw.fact_opp WHERE leerling_pseudonym !~ %1$L
            UNION ALL SELECT 'ondersteuning' FROM dw.fact_ondersteuning WHERE leerling_pseudonym !~ %1$L
            UNION ALL SELECT 'verzuim' FROM dw.fact_verzuim WHERE leerling_pseudonym !~ %1$L
            UNION ALL SELECT 'doorstroom' FROM dw.fact_doorstroom WHERE leerling_pseudonym !~ %1$L
            UNION ALL SELECT 'tlv' FROM dw.fact_tlv_aanvraag WHERE leerling_pseudonym !~ %1$L
            UNION ALL SELECT 'enquete' FROM dw.fact_enquete_antwoord WHERE respondent_pseudonym !~ %1$L$q$, pseudonym)),
        -- indicator sanity
        ('teller_le_noemer_proportions', 'a proportion never counts more cases than its population (teller ≤ noemer)',
         $q$SELECT i.indicator_code || ' ' || f.niveau || ':' || f.niveau_code || ' ' || f.schooljaar_key || ' ' || f.teller || '>' || f.noemer
            FROM dw.fact_indicator f JOIN dw.dim_indicator i USING (indicator_key)
            WHERE i.soort = 'proportie' AND f.teller > f.noemer$q$)
        ) gates (name, description, query)
    LOOP
        gate_name := g.name;
        description := g.description;
        EXECUTE format('SELECT count(*), string_agg(k, %L) FILTER (WHERE n <= 5) FROM (SELECT k, row_number() OVER () AS n FROM (%s) q (k)) x',
                       ', ', g.query)
            INTO failing_rows, sample;
        passed := failing_rows = 0;
        INSERT INTO etl.quality_gate_result (load_run_id, gate_name, description, failing_rows, passed, sample)
        VALUES (p_load_run_id, gate_name, description, failing_rows, passed, sample);
        RETURN NEXT;
    END LOOP;
END
$fn$;
