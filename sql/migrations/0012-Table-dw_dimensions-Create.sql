-- Dimensions of the star schemas. Integer surrogate keys; natural keys unique.

-- Schooljaar runs 1 Aug – 31 Jul; the peildatum of pupil-based indicators is 1 October (indicators.md).
CREATE FUNCTION dw.schooljaar_van(d date) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN extract(month FROM d) >= 8
                THEN extract(year FROM d)::int || '-' || (extract(year FROM d)::int + 1)
                ELSE (extract(year FROM d)::int - 1) || '-' || extract(year FROM d)::int END;

CREATE FUNCTION dw.schooljaar_key(schooljaar text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN left(schooljaar, 4)::int;

-- grain: one row per schooljaar; schooljaar_key is the starting calendar year and doubles as the sort key
CREATE TABLE dw.dim_schooljaar (
    schooljaar_key integer PRIMARY KEY,
    schooljaar     text    NOT NULL UNIQUE CHECK (schooljaar ~ '^\d{4}-\d{4}$'),
    begin_datum    date    NOT NULL,
    eind_datum     date    NOT NULL,
    peildatum      date    NOT NULL
);

INSERT INTO dw.dim_schooljaar
SELECT y, y || '-' || (y + 1), make_date(y, 8, 1), make_date(y + 1, 7, 31), make_date(y, 10, 1)
FROM generate_series(2000, 2040) AS y;

-- grain: one row per calendar day from 1 Aug 2000 to 31 Jul 2041
CREATE TABLE dw.dim_datum (
    datum_key      integer  PRIMARY KEY,
    datum          date     NOT NULL UNIQUE,
    jaar           smallint NOT NULL,
    maand          smallint NOT NULL,
    dag            smallint NOT NULL,
    iso_weekdag    smallint NOT NULL,
    is_weekend     boolean  NOT NULL,
    schooljaar_key integer  NOT NULL REFERENCES dw.dim_schooljaar
);

INSERT INTO dw.dim_datum
SELECT to_char(d, 'YYYYMMDD')::int, d, extract(year FROM d), extract(month FROM d), extract(day FROM d),
       extract(isodow FROM d), extract(isodow FROM d) >= 6, dw.schooljaar_key(dw.schooljaar_van(d))
FROM generate_series(date '2000-08-01', date '2041-07-31', interval '1 day') AS g(t), LATERAL (SELECT t::date AS d) x;

-- grain: one row for the SWV this warehouse serves (configuration Koers:Region, written by every load)
CREATE TABLE dw.swv (
    swv_code text PRIMARY KEY,
    naam     text NOT NULL,
    singleton boolean NOT NULL DEFAULT true UNIQUE CHECK (singleton)
);

-- grain: one row per gemeente of the SWV's area (configuration); plaatsnamen NULL = the whole gemeente
CREATE TABLE dw.swv_gebied (
    gemeentecode             text   PRIMARY KEY CHECK (gemeentecode ~ '^\d{4}$'),
    naam                     text   NOT NULL,
    plaatsnamen              text[],
    uitgesloten_plaatsnamen  text[] NOT NULL DEFAULT '{}'
);

-- grain: one row per gemeente (CBS code) seen as school location, woongemeente or in the SWV's area
CREATE TABLE dw.dim_gemeente (
    gemeente_key integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    gemeentecode text    NOT NULL UNIQUE CHECK (gemeentecode ~ '^\d{4}$'),
    naam         text,
    in_swv_gebied boolean NOT NULL DEFAULT false
);

-- grain: one row per subregio named in the SWV's regio delivery
CREATE TABLE dw.dim_subregio (
    subregio_key integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    naam         text    NOT NULL UNIQUE
);

-- grain: one row per rule of a regio delivery (subregio ← gemeente [+ plaatsnaam] [+ postcode range])
CREATE TABLE dw.subregio_regel (
    subregio_regel_key integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subregio_key       integer NOT NULL REFERENCES dw.dim_subregio,
    gemeentecode       text    NOT NULL,
    plaatsnaam         text,
    postcode_van       text,
    postcode_tot       text,
    schooljaar         text    NOT NULL,
    delivery_id        text    NOT NULL,
    ingested_at        timestamptz NOT NULL
);

-- grain: one row per bevoegd gezag (DUO BEVOEGD GEZAG NUMMER)
CREATE TABLE dw.dim_bestuur (
    bestuur_key    integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bestuur_nummer text    NOT NULL UNIQUE,
    naam           text
);

-- grain: one row per vestigingscode ever seen: the durable key facts carry, so an SCD2 change never rewrites facts
CREATE TABLE dw.vestiging (
    vestiging_id   integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vestigingscode text    NOT NULL UNIQUE CHECK (vestigingscode ~ '^[0-9A-Z]{4}[0-9]{2}$')
);

-- grain: one row per version of a vestiging (SCD type 2 on naam, bestuur, gemeente, subregio, onderwijsstructuur).
-- The first version reaches back to -infinity so facts older than the first DUO snapshot still find their school.
-- An inferred member (school delivered data before DUO knew it) is completed in place when DUO data arrives.
CREATE TABLE dw.dim_vestiging (
    vestiging_key      integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vestiging_id       integer NOT NULL REFERENCES dw.vestiging,
    vestigingscode     text    NOT NULL,
    instellingscode    text,
    vestigingsnaam     text,
    bestuur_key        integer REFERENCES dw.dim_bestuur,
    postcode           text,
    plaatsnaam         text,
    gemeente_key       integer REFERENCES dw.dim_gemeente,
    subregio_key       integer REFERENCES dw.dim_subregio,
    denominatie        text,
    onderwijsstructuur text,
    in_swv             boolean NOT NULL,
    valid_from         date    NOT NULL,
    valid_to           date    NOT NULL DEFAULT 'infinity',
    is_current         boolean NOT NULL,
    is_inferred        boolean NOT NULL,
    -- the DUO snapshot (schooljaar of the vestigingen delivery) the attributes come from; NULL while inferred
    snapshot_schooljaar_key integer,
    delivery_id        text,
    CHECK (valid_from < valid_to),
    CHECK (is_current = (valid_to = 'infinity')),
    EXCLUDE USING gist (vestiging_id WITH =, daterange(valid_from, valid_to) WITH &&)
);

CREATE UNIQUE INDEX dim_vestiging_one_current ON dw.dim_vestiging (vestiging_id) WHERE is_current;

-- grain: one row per speerpunt of the Ondersteuningsplan
CREATE TABLE dw.dim_speerpunt (
    speerpunt_key smallint PRIMARY KEY CHECK (speerpunt_key BETWEEN 1 AND 7),
    naam          text     NOT NULL
);

INSERT INTO dw.dim_speerpunt VALUES
    (1, 'trajectvoorziening ontwikkelen'),
    (2, 'handelingsgericht inzetten van het OPP'),
    (3, 'versterken zorgstructuur'),
    (4, 'beleid langdurig verzuim'),
    (5, 'soepele overstapmomenten'),
    (6, 'professionaliseren mentoren en docententeams'),
    (7, 'opbrengsten monitoren / kwaliteit');

-- grain: one row per onderwijstype of the templates (sources.md §2)
CREATE TABLE dw.dim_onderwijstype (
    onderwijstype_key smallint PRIMARY KEY,
    code              text     NOT NULL UNIQUE,
    naam              text     NOT NULL
);

INSERT INTO dw.dim_onderwijstype VALUES
    (1, 'PRO', 'praktijkonderwijs'), (2, 'VMBO-B', 'vmbo basisberoepsgerichte leerweg'),
    (3, 'VMBO-K', 'vmbo kaderberoepsgerichte leerweg'), (4, 'VMBO-GT', 'vmbo gemengde/theoretische leerweg'),
    (5, 'HAVO', 'havo'), (6, 'VWO', 'vwo'), (7, 'VSO', 'voortgezet speciaal onderwijs');

-- grain: one row per survey doelgroep
CREATE TABLE dw.dim_doelgroep (
    doelgroep_key smallint PRIMARY KEY,
    code          text     NOT NULL UNIQUE
);

INSERT INTO dw.dim_doelgroep VALUES (1, 'leerling'), (2, 'ouder'), (3, 'docent'), (4, 'mentor');

-- grain: one row per survey question (vraag_code) of the vragen catalogue; latest delivery wins (SCD1)
CREATE TABLE dw.dim_vraag (
    vraag_key      integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vraag_code     text    NOT NULL UNIQUE,
    vraagtekst     text,
    thema          text,
    schaal         text,
    hoger_is_beter boolean,
    is_inferred    boolean NOT NULL DEFAULT false,
    delivery_id    text
);
