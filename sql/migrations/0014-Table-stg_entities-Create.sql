-- Staging: one table per bronze entity (docs/lake.md), same column names and types, plus lineage. Filled by binary
-- COPY at the start of a load and emptied again by the next one; dw is built from here with set-based SQL.
-- Entities the warehouse does not use (leerlingen_onderwijstype, examens) have no staging table; the loader skips them.

-- grain: one row per delivery the current load puts into dw ('load') or takes out of it ('remove': superseded)
CREATE UNLOGGED TABLE stg.delivery (
    delivery_id  text        PRIMARY KEY,
    action       text        NOT NULL CHECK (action IN ('load', 'remove')),
    source       text        NOT NULL,
    entity       text        NOT NULL,
    logical_name text        NOT NULL,
    schooljaar   text,
    ingested_at  timestamptz NOT NULL,
    sha256       text        NOT NULL
);

-- grain: one row per delivered TV registration
CREATE UNLOGGED TABLE stg.trajectvoorziening (
    leerling_pseudonym text, vestigingscode text, datum_aanmelding date, reden text, datum_einde date, uitkomst text,
    onderwijstype text, leerjaar integer, heeft_opp boolean, woongemeente text,
    delivery_id text, source_file text, source_line bigint, ingested_at timestamptz
);

-- grain: one row per delivered classroom observation
CREATE UNLOGGED TABLE stg.observatie (
    datum date, vestigingscode text, soort text, uitgevoerd_door text, leerling_pseudonym text,
    delivery_id text, source_file text, source_line bigint, ingested_at timestamptz
);

-- grain: one row per delivered OPP
CREATE UNLOGGED TABLE stg.opp (
    leerling_pseudonym text, vestigingscode text, datum_start date, datum_einde date, datum_laatste_evaluatie date,
    onderwijstype text, leerjaar integer, woongemeente text,
    delivery_id text, source_file text, source_line bigint, ingested_at timestamptz
);

-- grain: one row per delivered support trajectory
CREATE UNLOGGED TABLE stg.ondersteuning (
    leerling_pseudonym text, vestigingscode text, soort text, datum_aanmelding date, datum_start date, datum_einde date,
    delivery_id text, source_file text, source_line bigint, ingested_at timestamptz
);

-- grain: one row per delivered absence case
CREATE UNLOGGED TABLE stg.verzuim (
    leerling_pseudonym text, vestigingscode text, soort text, datum_start date, datum_einde date, woongemeente text,
    gemeld_leerplicht boolean,
    delivery_id text, source_file text, source_line bigint, ingested_at timestamptz
);

-- grain: one row per delivered pupil × end of schooljaar
CREATE UNLOGGED TABLE stg.doorstroom (
    leerling_pseudonym text, vestigingscode text, schooljaar text, onderwijstype text, leerjaar integer, uitkomst text,
    heeft_opp boolean, zij_instroom boolean, ondersteuningsbehoefte boolean,
    delivery_id text, source_file text, source_line bigint, ingested_at timestamptz
);

-- grain: one row per delivered TLV request
CREATE UNLOGGED TABLE stg.tlv (
    aanvraag_id text, leerling_pseudonym text, vestigingscode text, datum_aanvraag date, datum_besluit date, besluit text,
    categorie text, geldig_tot date, woongemeente text,
    delivery_id text, source_file text, source_line bigint, ingested_at timestamptz
);

-- grain: one row per delivered vestiging × schooljaar × activiteit of the consultatieteam
CREATE UNLOGGED TABLE stg.consultatie (
    vestigingscode text, schooljaar text, activiteit text, aantal integer, uren numeric(9, 2),
    delivery_id text, source_file text, source_line bigint, ingested_at timestamptz
);

-- grain: one row per delivered budget line
CREATE UNLOGGED TABLE stg.middelen (
    vestigingscode text, bestuur text, schooljaar text, categorie text, begroot numeric(14, 2), gerealiseerd numeric(14, 2),
    delivery_id text, source_file text, source_line bigint, ingested_at timestamptz
);

-- grain: one row per delivered target
CREATE UNLOGGED TABLE stg.doelen (
    vestigingscode text, indicator text, nulmeting_schooljaar text, nulmeting_waarde numeric(12, 4), doel_schooljaar text,
    doel_waarde numeric(12, 4), speerpunt integer, toelichting text,
    delivery_id text, source_file text, source_line bigint, ingested_at timestamptz
);

-- grain: one row per delivered subregio rule
CREATE UNLOGGED TABLE stg.regio (
    subregio text, gemeentecode text, plaatsnaam text, postcode_van text, postcode_tot text,
    delivery_id text, source_file text, source_line bigint, ingested_at timestamptz
);

-- grain: one row per delivered survey answer
CREATE UNLOGGED TABLE stg.enquete (
    respondent_pseudonym text, vestigingscode text, datum date, doelgroep text, vragenlijst text, vraag_code text, antwoord text,
    delivery_id text, source_file text, source_line bigint, ingested_at timestamptz
);

-- grain: one row per delivered question of the catalogue
CREATE UNLOGGED TABLE stg.vragen (
    vraag_code text, vraagtekst text, thema text, schaal text, hoger_is_beter boolean,
    delivery_id text, source_file text, source_line bigint, ingested_at timestamptz
);

-- grain: one row per VO location in a DUO vestigingen snapshot
CREATE UNLOGGED TABLE stg.vestigingen (
    vestigingscode text, instellingscode text, vestigingsnaam text, bevoegd_gezag_nummer text, postcode text,
    plaatsnaam text, gemeentenummer text, gemeentenaam text, denominatie text, onderwijsstructuur text,
    delivery_id text, source_file text, source_line bigint, ingested_at timestamptz
);

-- grain: one row per vestiging × bestuur in a DUO leerlingen file
CREATE UNLOGGED TABLE stg.leerlingen (
    vestigingscode text, bevoegd_gezag_nummer text, aantal_leerlingen integer, aantal_leerlingen_gemaskeerd boolean,
    aantal_vo_leerlingen_uitbesteed_aan_vavo integer, aantal_vo_leerlingen_uitbesteed_aan_vavo_gemaskeerd boolean,
    delivery_id text, source_file text, source_line bigint, ingested_at timestamptz
);

-- Work tables of dw.load_staged (filled and read within one load).

-- grain: one row per schooljaar whose indicators the current load must recompute
CREATE UNLOGGED TABLE stg.affected_schooljaar (
    schooljaar_key integer PRIMARY KEY
);

-- grain: one row per vestiging of the DUO snapshot being applied to dim_vestiging
CREATE UNLOGGED TABLE stg.vestiging_snapshot (
    vestiging_id integer PRIMARY KEY, vestigingscode text NOT NULL, instellingscode text, vestigingsnaam text,
    bestuur_key integer, postcode text, plaatsnaam text, gemeente_key integer, denominatie text, onderwijsstructuur text
);
