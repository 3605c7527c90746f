-- grain: one row per fact table holding rows of the given deliveries: the dates those rows count on (lo .. hi) and
-- whether any is an open interval (an OPP or verzuim case without datum_einde counts on every later peildatum).
-- Called before a load removes rows and after it adds them; the union of both is what the load changes.
DROP FUNCTION IF EXISTS dw.delivery_spans(text[]);
CREATE FUNCTION dw.delivery_spans(deliveries text[]) RETURNS TABLE (lo date, hi date, open_end boolean)
    LANGUAGE sql STABLE
AS $fn$
    SELECT min(datum_aanmelding), max(greatest(datum_aanmelding, datum_einde)), false FROM dw.fact_tv_registratie WHERE delivery_id = ANY (deliveries)
    UNION ALL SELECT min(datum), max(datum), false FROM dw.fact_observatie WHERE delivery_id = ANY (deliveries)
    UNION ALL SELECT min(datum_start), max(greatest(datum_start, datum_einde, datum_laatste_evaluatie)), coalesce(bool_or(datum_einde IS NULL), false)
              FROM dw.fact_opp WHERE delivery_id = ANY (deliveries)
    UNION ALL SELECT min(datum_aanmelding), max(greatest(datum_aanmelding, datum_start, datum_einde)), false FROM dw.fact_ondersteuning WHERE delivery_id = ANY (deliveries)
    UNION ALL SELECT min(datum_start), max(greatest(datum_start, datum_einde)), coalesce(bool_or(datum_einde IS NULL), false)
              FROM dw.fact_verzuim WHERE delivery_id = ANY (deliveries)
    UNION ALL SELECT min(datum_aanvraag), max(greatest(datum_aanvraag, datum_besluit)), false FROM dw.fact_tlv_aanvraag WHERE delivery_id = ANY (deliveries)
    UNION ALL SELECT min(datum), max(datum), false FROM dw.fact_enquete_antwoord WHERE delivery_id = ANY (deliveries)
    UNION ALL SELECT make_date(min(schooljaar_key), 8, 1), make_date(max(schooljaar_key), 8, 1), false FROM dw.fact_doorstroom WHERE delivery_id = ANY (deliveries)
    UNION ALL SELECT make_date(min(schooljaar_key), 8, 1), make_date(max(schooljaar_key), 8, 1), false FROM dw.fact_consultatie WHERE delivery_id = ANY (deliveries)
    UNION ALL SELECT make_date(min(schooljaar_key), 8, 1), make_date(max(schooljaar_key), 8, 1), false FROM dw.fact_middelen WHERE delivery_id = ANY (deliveries)
    UNION ALL SELECT make_date(min(schooljaar_key), 8, 1), make_date(max(schooljaar_key), 8, 1), false FROM dw.fact_duo_leerlingen WHERE delivery_id = ANY (deliveries)
$fn$;
