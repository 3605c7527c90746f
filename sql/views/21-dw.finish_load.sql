-- grain: one row in stg.affected_schooljaar per schooljaar whose indicators the current load must recompute.
-- Runs after the loader copied the row-grain facts into dw: the spans of the rows that left (dw.load_staged) and
-- of the rows that entered (here) give the first and last affected schooljaar. An open interval (OPP or verzuim
-- without datum_einde) reaches every later schooljaar already computed or delivered.
DROP FUNCTION IF EXISTS dw.finish_load();
CREATE FUNCTION dw.finish_load() RETURNS void
    LANGUAGE plpgsql
AS $fn$
DECLARE
    lo_sj    integer;
    hi_sj    integer;
    open_end boolean;
BEGIN
    INSERT INTO stg.load_span
    SELECT * FROM dw.delivery_spans(ARRAY(SELECT delivery_id FROM stg.delivery WHERE action = 'load'));

    SELECT dw.schooljaar_key(dw.schooljaar_van(min(s.lo))), dw.schooljaar_key(dw.schooljaar_van(max(s.hi))), coalesce(bool_or(s.open_end), false)
    INTO lo_sj, hi_sj, open_end
    FROM stg.load_span s;

    IF open_end THEN
        hi_sj := greatest(hi_sj, (SELECT max(schooljaar_key) FROM dw.fact_indicator),
                          (SELECT max(dw.schooljaar_key(d.schooljaar)) FROM stg.delivery d));
    END IF;

    IF lo_sj IS NOT NULL THEN
        INSERT INTO stg.affected_schooljaar SELECT generate_series(lo_sj, hi_sj) ON CONFLICT DO NOTHING;
    END IF;
END
$fn$;
