-- Row-grain facts (one dw row per bronze row) are loaded by binary COPY straight into dw, with their keys resolved
-- by the loader (src/KoersInsights.Warehouse/Load/FactCopier.cs): a second pass stg → dw rewrote every row once
-- more and cost as much as the COPY itself (issue 6 benchmark). Per-row work beyond the heap and the delivery_id
-- index goes too: the identity keys were never referenced (quality gates now name delivery and line instead), and
-- the foreign keys cost a trigger per row; the gate relationship_fact_keys checks the same after every load.
ALTER TABLE dw.fact_tv_registratie DROP COLUMN tv_registratie_key, DROP CONSTRAINT fact_tv_registratie_vestiging_id_fkey;
ALTER TABLE dw.fact_observatie DROP COLUMN observatie_key, DROP CONSTRAINT fact_observatie_vestiging_id_fkey;
ALTER TABLE dw.fact_opp DROP COLUMN opp_key, DROP CONSTRAINT fact_opp_vestiging_id_fkey;
ALTER TABLE dw.fact_ondersteuning DROP COLUMN ondersteuning_key, DROP CONSTRAINT fact_ondersteuning_vestiging_id_fkey;
ALTER TABLE dw.fact_verzuim DROP COLUMN verzuim_key, DROP CONSTRAINT fact_verzuim_vestiging_id_fkey;
ALTER TABLE dw.fact_doorstroom DROP COLUMN doorstroom_key, DROP CONSTRAINT fact_doorstroom_vestiging_id_fkey,
    DROP CONSTRAINT fact_doorstroom_schooljaar_key_fkey;
ALTER TABLE dw.fact_tlv_aanvraag DROP COLUMN tlv_aanvraag_key, DROP CONSTRAINT fact_tlv_aanvraag_vestiging_id_fkey;
ALTER TABLE dw.fact_consultatie DROP COLUMN consultatie_key, DROP CONSTRAINT fact_consultatie_vestiging_id_fkey,
    DROP CONSTRAINT fact_consultatie_schooljaar_key_fkey;
ALTER TABLE dw.fact_middelen DROP COLUMN middelen_key, DROP CONSTRAINT fact_middelen_vestiging_id_fkey,
    DROP CONSTRAINT fact_middelen_bestuur_key_fkey, DROP CONSTRAINT fact_middelen_schooljaar_key_fkey;
ALTER TABLE dw.fact_enquete_antwoord DROP COLUMN enquete_antwoord_key, DROP CONSTRAINT fact_enquete_antwoord_vestiging_id_fkey,
    DROP CONSTRAINT fact_enquete_antwoord_vraag_key_fkey;

-- A BRIN index finds a delivery's rows as well as the btree did, since a delivery arrives in one COPY and its rows
-- lie together; the btree cost 10.7 s of a 28 s COPY of 10M rows (17.3 s without an index, 19.3 s with BRIN).
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['fact_tv_registratie', 'fact_observatie', 'fact_opp', 'fact_ondersteuning', 'fact_verzuim',
                             'fact_doorstroom', 'fact_tlv_aanvraag', 'fact_consultatie', 'fact_middelen', 'fact_enquete_antwoord']
    LOOP
        EXECUTE format('DROP INDEX dw.%I', t || '_delivery_id_idx');
        EXECUTE format('CREATE INDEX %I ON dw.%I USING brin (delivery_id)', t || '_delivery_id_idx', t);
    END LOOP;
END
$$;

-- Their staging tables go: the rows no longer pass through stg.
DROP TABLE stg.trajectvoorziening, stg.observatie, stg.opp, stg.ondersteuning, stg.verzuim, stg.doorstroom, stg.tlv,
    stg.consultatie, stg.middelen, stg.enquete;

-- grain: one row per natural key value (kind = bronze column: vestigingscode, woongemeente, bestuur, vraag_code) that
-- the row-grain deliveries of this load use; dw.load_staged makes each a dimension member before the facts arrive
CREATE UNLOGGED TABLE stg.fact_key (
    kind text NOT NULL,
    code text NOT NULL
);

-- grain: one row per date span of fact rows this load removes or adds (dw.delivery_spans); the affected schooljaren
CREATE UNLOGGED TABLE stg.load_span (
    lo       date,
    hi       date,
    open_end boolean NOT NULL
);
