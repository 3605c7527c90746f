-- Retention (reliability-privacy.md §11): deletes pupil-level fact rows older than the configured terms and
-- returns one row per fact table with the number of rows deleted. Aggregates (fact_indicator) are not pupil-level
-- and stay, so published trends keep their history.
--   TLV requests: when the decision (or, undecided, the request) is before p_tlv_cutoff (default term 3 years);
--   everything else: when the schooljaar of its delivery ended before p_pupil_cutoff (default term 5 years).
DROP FUNCTION IF EXISTS dw.purge_retention(date, date);
CREATE FUNCTION dw.purge_retention(p_tlv_cutoff date, p_pupil_cutoff date)
RETURNS TABLE (tabel text, verwijderd bigint)
LANGUAGE plpgsql AS $$
DECLARE
    t text;
    n bigint;
    total bigint := 0;
BEGIN
    DELETE FROM dw.fact_tlv_aanvraag WHERE coalesce(datum_besluit, datum_aanvraag) < p_tlv_cutoff;
    GET DIAGNOSTICS n = ROW_COUNT;
    total := total + n;
    tabel := 'fact_tlv_aanvraag'; verwijderd := n; RETURN NEXT;

    FOREACH t IN ARRAY ARRAY['fact_tv_registratie', 'fact_observatie', 'fact_opp', 'fact_ondersteuning', 'fact_verzuim',
                             'fact_doorstroom', 'fact_enquete_antwoord']
    LOOP
        -- a schooljaar 'yyyy-yyyy' ends on 31 July of its second year
        EXECUTE format('DELETE FROM dw.%I WHERE make_date(right(delivery_schooljaar, 4)::int, 7, 31) < $1', t) USING p_pupil_cutoff;
        GET DIAGNOSTICS n = ROW_COUNT;
        total := total + n;
        tabel := t; verwijderd := n; RETURN NEXT;
    END LOOP;

    IF total > 0 THEN
        INSERT INTO etl.retention_purge (tlv_cutoff, pupil_cutoff, rows_deleted) VALUES (p_tlv_cutoff, p_pupil_cutoff, total);
    END IF;
END
$$;
