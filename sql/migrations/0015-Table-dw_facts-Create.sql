-- Facts at the grain of each source (sources.md). Every fact row keeps its lineage (delivery_id, source_line,
-- ingested_at) and the schooljaar partition of its delivery: a load deletes and reinserts the rows of exactly the
-- deliveries it loads or supersedes, never the rest. Pupils appear only as pseudonyms (64 hex, HMAC-SHA256).
-- Where two current deliveries hold the same natural key (an open registration re-delivered next year), the
-- dw.*_actueel views keep the version of the latest ingested delivery.

-- grain: one row per TV registration as delivered (natural key leerling × vestiging × datum_aanmelding)
CREATE TABLE dw.fact_tv_registratie (
    tv_registratie_key  bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vestiging_id        integer NOT NULL REFERENCES dw.vestiging,
    leerling_pseudonym  text    NOT NULL,
    datum_aanmelding    date    NOT NULL,
    reden               text    NOT NULL,
    datum_einde         date,
    uitkomst            text,
    onderwijstype       text    NOT NULL,
    leerjaar            smallint NOT NULL,
    heeft_opp           boolean NOT NULL,
    woongemeente        text    NOT NULL,
    delivery_schooljaar text    NOT NULL,
    delivery_id         text    NOT NULL,
    source_line         bigint  NOT NULL,
    ingested_at         timestamptz NOT NULL
);
CREATE INDEX ON dw.fact_tv_registratie (delivery_id);

-- grain: one row per classroom observation as delivered
CREATE TABLE dw.fact_observatie (
    observatie_key      bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vestiging_id        integer NOT NULL REFERENCES dw.vestiging,
    datum               date    NOT NULL,
    soort               text    NOT NULL,
    uitgevoerd_door     text    NOT NULL,
    leerling_pseudonym  text,
    delivery_schooljaar text    NOT NULL,
    delivery_id         text    NOT NULL,
    source_line         bigint  NOT NULL,
    ingested_at         timestamptz NOT NULL
);
CREATE INDEX ON dw.fact_observatie (delivery_id);

-- grain: one row per OPP as delivered (natural key leerling × vestiging × datum_start)
CREATE TABLE dw.fact_opp (
    opp_key                 bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vestiging_id            integer NOT NULL REFERENCES dw.vestiging,
    leerling_pseudonym      text    NOT NULL,
    datum_start             date    NOT NULL,
    datum_einde             date,
    datum_laatste_evaluatie date,
    onderwijstype           text    NOT NULL,
    leerjaar                smallint NOT NULL,
    woongemeente            text    NOT NULL,
    delivery_schooljaar     text    NOT NULL,
    delivery_id             text    NOT NULL,
    source_line             bigint  NOT NULL,
    ingested_at             timestamptz NOT NULL
);
CREATE INDEX ON dw.fact_opp (delivery_id);

-- grain: one row per support trajectory as delivered (natural key leerling × vestiging × soort × datum_aanmelding)
CREATE TABLE dw.fact_ondersteuning (
    ondersteuning_key   bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vestiging_id        integer NOT NULL REFERENCES dw.vestiging,
    leerling_pseudonym  text    NOT NULL,
    soort               text    NOT NULL,
    datum_aanmelding    date    NOT NULL,
    datum_start         date,
    datum_einde         date,
    delivery_schooljaar text    NOT NULL,
    delivery_id         text    NOT NULL,
    source_line         bigint  NOT NULL,
    ingested_at         timestamptz NOT NULL
);
CREATE INDEX ON dw.fact_ondersteuning (delivery_id);

-- grain: one row per absence case as delivered (natural key leerling × vestiging × soort × datum_start)
CREATE TABLE dw.fact_verzuim (
    verzuim_key         bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vestiging_id        integer NOT NULL REFERENCES dw.vestiging,
    leerling_pseudonym  text    NOT NULL,
    soort               text    NOT NULL,
    datum_start         date    NOT NULL,
    datum_einde         date,
    woongemeente        text    NOT NULL,
    gemeld_leerplicht   boolean NOT NULL,
    delivery_schooljaar text    NOT NULL,
    delivery_id         text    NOT NULL,
    source_line         bigint  NOT NULL,
    ingested_at         timestamptz NOT NULL
);
CREATE INDEX ON dw.fact_verzuim (delivery_id);

-- grain: one row per pupil × vestiging at the end of a schooljaar (natural key leerling × vestiging × schooljaar)
CREATE TABLE dw.fact_doorstroom (
    doorstroom_key          bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vestiging_id            integer NOT NULL REFERENCES dw.vestiging,
    leerling_pseudonym      text    NOT NULL,
    schooljaar_key          integer NOT NULL REFERENCES dw.dim_schooljaar,
    onderwijstype           text    NOT NULL,
    leerjaar                smallint NOT NULL,
    uitkomst                text    NOT NULL,
    heeft_opp               boolean NOT NULL,
    zij_instroom            boolean NOT NULL,
    ondersteuningsbehoefte  boolean NOT NULL,
    delivery_schooljaar     text    NOT NULL,
    delivery_id             text    NOT NULL,
    source_line             bigint  NOT NULL,
    ingested_at             timestamptz NOT NULL
);
CREATE INDEX ON dw.fact_doorstroom (delivery_id);

-- grain: one row per TLV request (natural key aanvraag_id)
CREATE TABLE dw.fact_tlv_aanvraag (
    tlv_aanvraag_key    bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    aanvraag_id         text    NOT NULL,
    vestiging_id        integer NOT NULL REFERENCES dw.vestiging,
    leerling_pseudonym  text    NOT NULL,
    datum_aanvraag      date    NOT NULL,
    datum_besluit       date,
    besluit             text    NOT NULL,
    categorie           text,
    geldig_tot          date,
    woongemeente        text    NOT NULL,
    delivery_schooljaar text    NOT NULL,
    delivery_id         text    NOT NULL,
    source_line         bigint  NOT NULL,
    ingested_at         timestamptz NOT NULL
);
CREATE INDEX ON dw.fact_tlv_aanvraag (delivery_id);

-- grain: one row per vestiging × schooljaar × activiteit of the consultatieteam
CREATE TABLE dw.fact_consultatie (
    consultatie_key     bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vestiging_id        integer NOT NULL REFERENCES dw.vestiging,
    schooljaar_key      integer NOT NULL REFERENCES dw.dim_schooljaar,
    activiteit          text    NOT NULL,
    aantal              integer NOT NULL,
    uren                numeric(9, 2) NOT NULL,
    delivery_schooljaar text    NOT NULL,
    delivery_id         text    NOT NULL,
    source_line         bigint  NOT NULL,
    ingested_at         timestamptz NOT NULL
);
CREATE INDEX ON dw.fact_consultatie (delivery_id);

-- grain: one row per budget line (vestiging or bestuur × schooljaar × categorie)
CREATE TABLE dw.fact_middelen (
    middelen_key        bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vestiging_id        integer REFERENCES dw.vestiging,
    bestuur_key         integer REFERENCES dw.dim_bestuur,
    schooljaar_key      integer NOT NULL REFERENCES dw.dim_schooljaar,
    categorie           text    NOT NULL,
    begroot             numeric(14, 2) NOT NULL,
    gerealiseerd        numeric(14, 2),
    delivery_schooljaar text    NOT NULL,
    delivery_id         text    NOT NULL,
    source_line         bigint  NOT NULL,
    ingested_at         timestamptz NOT NULL,
    CHECK ((vestiging_id IS NULL) <> (bestuur_key IS NULL))
);
CREATE INDEX ON dw.fact_middelen (delivery_id);

-- grain: one row per survey answer (respondent × vragenlijst × vraag); vestiging_id NULL for SWV-wide surveys
CREATE TABLE dw.fact_enquete_antwoord (
    enquete_antwoord_key  bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vestiging_id          integer REFERENCES dw.vestiging,
    respondent_pseudonym  text    NOT NULL,
    datum                 date    NOT NULL,
    doelgroep             text    NOT NULL,
    vragenlijst           text    NOT NULL,
    vraag_key             integer NOT NULL REFERENCES dw.dim_vraag,
    antwoord              text    NOT NULL,
    delivery_schooljaar   text    NOT NULL,
    delivery_id           text    NOT NULL,
    source_line           bigint  NOT NULL,
    ingested_at           timestamptz NOT NULL
);
CREATE INDEX ON dw.fact_enquete_antwoord (delivery_id);

-- grain: one row per vestiging × schooljaar of DUO's pupil count (teldatum 1 October); a count DUO published as
-- '<5' is NULL with gemaskeerd = true and is never summed (reliability-privacy.md §15)
CREATE TABLE dw.fact_duo_leerlingen (
    duo_leerlingen_key       bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vestiging_id             integer NOT NULL REFERENCES dw.vestiging,
    bestuur_key              integer REFERENCES dw.dim_bestuur,
    schooljaar_key           integer NOT NULL REFERENCES dw.dim_schooljaar,
    aantal_leerlingen        integer,
    leerlingen_gemaskeerd    boolean NOT NULL,
    aantal_vavo              integer,
    vavo_gemaskeerd          boolean NOT NULL,
    delivery_schooljaar      text    NOT NULL,
    delivery_id              text    NOT NULL,
    source_line              bigint  NOT NULL,
    ingested_at              timestamptz NOT NULL,
    CHECK (leerlingen_gemaskeerd = (aantal_leerlingen IS NULL)),
    CHECK (NOT vavo_gemaskeerd OR aantal_vavo IS NULL)
);
CREATE INDEX ON dw.fact_duo_leerlingen (delivery_id);
CREATE INDEX ON dw.fact_duo_leerlingen (schooljaar_key, vestiging_id);

-- grain: one row per target (vestiging or SWV × indicator × doel_schooljaar) as delivered in doelen
CREATE TABLE dw.fact_doel (
    doel_key                 bigint   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    indicator_key            smallint NOT NULL REFERENCES dw.dim_indicator,
    niveau                   text     NOT NULL CHECK (niveau IN ('vestiging', 'swv')),
    vestiging_id             integer  REFERENCES dw.vestiging,
    nulmeting_schooljaar_key integer  NOT NULL REFERENCES dw.dim_schooljaar,
    nulmeting_waarde         numeric(12, 4),
    doel_schooljaar_key      integer  NOT NULL REFERENCES dw.dim_schooljaar,
    doel_waarde              numeric(12, 4) NOT NULL,
    speerpunt_key            smallint REFERENCES dw.dim_speerpunt,
    toelichting              text,
    delivery_schooljaar      text     NOT NULL,
    delivery_id              text     NOT NULL,
    source_line              bigint   NOT NULL,
    ingested_at              timestamptz NOT NULL,
    CHECK ((niveau = 'vestiging') = (vestiging_id IS NOT NULL))
);
CREATE INDEX ON dw.fact_doel (delivery_id);

-- grain: one row per indicator × niveau × niveau_code × schooljaar × uitsplitsing (rpt.indicator_waarde's source).
-- teller/noemer sum up the hierarchy; for medians teller = median and noemer = number of cases.
CREATE TABLE dw.fact_indicator (
    indicator_key  smallint NOT NULL REFERENCES dw.dim_indicator,
    niveau         text     NOT NULL CHECK (niveau IN ('vestiging', 'subregio', 'gemeente', 'woongemeente', 'swv')),
    niveau_code    text     NOT NULL,
    schooljaar_key integer  NOT NULL REFERENCES dw.dim_schooljaar,
    uitsplitsing   text     NOT NULL DEFAULT '',
    teller         numeric,
    noemer         numeric,
    waarde         numeric,
    gemaskeerd     boolean  NOT NULL,
    ondergrens     numeric,
    bovengrens     numeric,
    PRIMARY KEY (indicator_key, niveau, niveau_code, schooljaar_key, uitsplitsing)
);

-- grain: one row per user principal × scope (bestuur, subregio, gemeente, vestiging or the whole SWV) for
-- Power BI row-level security; filled from configuration or a delivery
CREATE TABLE dw.security_scope (
    user_principal text NOT NULL,
    scope_niveau   text NOT NULL CHECK (scope_niveau IN ('swv', 'bestuur', 'subregio', 'gemeente', 'vestiging')),
    scope_code     text NOT NULL,
    PRIMARY KEY (user_principal, scope_niveau, scope_code)
);
