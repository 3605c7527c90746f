-- The indicator catalogue of indicators.md as reference data. A change of definition is a new migration.
--   soort:        proportie (teller ⊆ noemer, waarde in %; Wilson interval) · rate (count per 100/1000 leerlingen;
--                 exact Poisson interval) · mediaan (teller = median in days, noemer = number of cases) ·
--                 ratio (amount per leerling(en): uren, euro; no interval)
--   noemer_soort: leerlingen (DUO AANTAL LEERLINGEN of the vestiging) · eigen (cases in the source) · aantal (mediaan)
--   additief:     SWV teller/noemer = Σ vestiging teller/noemer. False for medians, and for sources with SWV-wide
--                 rows that belong to no vestiging (surveys with vestigingscode SWV, middelen per bestuur).
--   woongemeente: the source carries the pupil's woongemeente, so the indicator is also reported per woongemeente.

-- grain: one row per indicator of the catalogue
CREATE TABLE dw.dim_indicator (
    indicator_key  smallint PRIMARY KEY,
    indicator_code text     NOT NULL UNIQUE,
    naam           text     NOT NULL,
    definitie      text     NOT NULL,
    richting       text     NOT NULL CHECK (richting IN ('lager_beter', 'hoger_beter', 'beschrijvend')),
    soort          text     NOT NULL CHECK (soort IN ('proportie', 'rate', 'mediaan', 'ratio')),
    noemer_soort   text     NOT NULL CHECK (noemer_soort IN ('leerlingen', 'eigen', 'aantal')),
    factor         numeric  NOT NULL,
    eenheid        text     NOT NULL,
    bron           text     NOT NULL,
    speerpunt_key  smallint REFERENCES dw.dim_speerpunt,
    additief       boolean  NOT NULL,
    woongemeente   boolean  NOT NULL
);

INSERT INTO dw.dim_indicator VALUES
 (1, 'TV_INSTROOM', 'instroom trajectvoorziening per 100 lln', 'distinct pupils with ≥1 TV registration whose datum_aanmelding falls in the schooljaar / leerlingen × 100', 'lager_beter', 'rate', 'leerlingen', 100, 'per 100 lln', 'trajectvoorziening + DUO', 1, true, true),
 (2, 'TV_DUUR', 'duur TV-plaatsing (mediaan dagen)', 'median of datum_einde − datum_aanmelding over registrations ended in the schooljaar', 'lager_beter', 'mediaan', 'aantal', 1, 'dagen', 'trajectvoorziening', 1, false, true),
 (3, 'TV_TERUG_IN_KLAS', 'terug in de klas (%)', 'registrations ended in the schooljaar with uitkomst terug_in_klas / ended registrations × 100', 'hoger_beter', 'proportie', 'eigen', 100, '%', 'trajectvoorziening', 1, true, true),
 (4, 'OBSERVATIES', 'observaties per 100 lln', 'observations in the schooljaar / leerlingen × 100', 'beschrijvend', 'rate', 'leerlingen', 100, 'per 100 lln', 'observatie', 1, true, false),
 (5, 'OPP_AANDEEL', 'leerlingen met OPP (%)', 'distinct pupils with an OPP active on the peildatum / leerlingen × 100', 'beschrijvend', 'proportie', 'leerlingen', 100, '%', 'opp', 2, true, true),
 (6, 'OPP_GEEVALUEERD', 'OPP''s tijdig geëvalueerd (%)', 'OPPs active on the peildatum with datum_laatste_evaluatie within the 12 months before it / active OPPs × 100', 'hoger_beter', 'proportie', 'eigen', 100, '%', 'opp', 2, true, true),
 (7, 'EXTRA_ONDERSTEUNING', 'aanmeldingen extra ondersteuning per 100 lln', 'distinct pupils with an ondersteuning of soort extra or arrangement registered in the schooljaar / leerlingen × 100', 'lager_beter', 'rate', 'leerlingen', 100, 'per 100 lln', 'ondersteuning', 3, true, false),
 (8, 'BEGELEIDING_DUUR', 'duur begeleidingstraject (mediaan dagen)', 'median of datum_einde − datum_start over trajectories ended in the schooljaar', 'lager_beter', 'mediaan', 'aantal', 1, 'dagen', 'ondersteuning', 3, false, false),
 (9, 'THUISZITTERS', 'thuiszitters per 1000 lln', 'distinct pupils with a verzuim case of soort thuiszitter or absoluut open on the peildatum / leerlingen × 1000', 'lager_beter', 'rate', 'leerlingen', 1000, 'per 1000 lln', 'verzuim', 4, true, true),
 (10, 'LANGDURIG_VERZUIM', 'langdurig relatief verzuim (%)', 'distinct pupils with a relatief_langdurig case open at any time in the schooljaar / leerlingen × 100', 'lager_beter', 'proportie', 'leerlingen', 100, '%', 'verzuim', 4, true, true),
 (11, 'AFSTROOM', 'afstroom (%), split met/zonder OPP', 'pupils with uitkomst afstroom / pupils in doorstroom for the schooljaar × 100', 'lager_beter', 'proportie', 'eigen', 100, '%', 'doorstroom', 5, true, false),
 (12, 'AFSTROOM_ZIJINSTROOM', 'afstroom na zij-instroom (%)', 'as AFSTROOM, restricted to zij_instroom = ja', 'lager_beter', 'proportie', 'eigen', 100, '%', 'doorstroom', 5, true, false),
 (13, 'BEVORDERING_ONDERSTEUNING', 'bevordering lln met ondersteuningsbehoefte (%)', 'uitkomst ∈ {bevorderd, diploma, opstroom} among ondersteuningsbehoefte = ja', 'hoger_beter', 'proportie', 'eigen', 100, '%', 'doorstroom', 5, true, false),
 (14, 'VAVO', 'uitstroom naar VAVO (%), split met/zonder OPP', 'uitkomst uitstroom_vavo / pupils in doorstroom × 100; plus DUO''s "uitbesteed aan VAVO" count', 'beschrijvend', 'proportie', 'eigen', 100, '%', 'doorstroom + DUO', 5, true, false),
 (15, 'TLV_AANVRAGEN', 'TLV-aanvragen per 100 lln', 'requests with datum_aanvraag in the schooljaar / SWV leerlingen × 100', 'lager_beter', 'rate', 'leerlingen', 100, 'per 100 lln', 'tlv + DUO', 3, true, true),
 (16, 'TLV_AFGEGEVEN', 'afgegeven TLV''s per 100 lln, by categorie', 'besluit afgegeven with datum_besluit in the schooljaar / leerlingen × 100', 'lager_beter', 'rate', 'leerlingen', 100, 'per 100 lln', 'tlv + DUO', 3, true, true),
 (17, 'TLV_DOORLOOPTIJD', 'doorlooptijd TLV (mediaan dagen; also quartiles)', 'datum_besluit − datum_aanvraag for decisions in the schooljaar', 'lager_beter', 'mediaan', 'aantal', 1, 'dagen', 'tlv', 3, false, true),
 (18, 'TEVREDENHEID', 'tevredenheid ondersteuning per doelgroep (% tevreden)', 'answers on thema tevredenheid_ondersteuning that are ≥ 4 on 1-5, ≥ 7 on 1-10 / answers × 100; also mean rescaled to 1–10', 'hoger_beter', 'proportie', 'eigen', 100, '%', 'enquete', 7, false, false),
 (19, 'VEILIGHEID', 'leerlingen die zich veilig voelen (%)', 'same rule, thema veiligheid, doelgroep leerling', 'hoger_beter', 'proportie', 'eigen', 100, '%', 'enquete', 7, false, false),
 (20, 'DOCENT_TOEGERUST', 'docenten voldoende toegerust (%)', 'same rule, thema toegerust, doelgroep docent', 'hoger_beter', 'proportie', 'eigen', 100, '%', 'enquete', 6, false, false),
 (21, 'CONSULTATIE_UREN', 'inzet consultatieteam (uren per 100 lln)', 'sum uren / leerlingen × 100, by activiteit', 'beschrijvend', 'ratio', 'leerlingen', 100, 'uren per 100 lln', 'consultatie', 6, true, false),
 (22, 'MIDDELEN_PER_LL', 'ondersteuningsmiddelen per leerling (euro), by categorie', 'sum gerealiseerd (or begroot) / leerlingen', 'beschrijvend', 'ratio', 'leerlingen', 1, 'euro per ll', 'middelen', NULL, false, false);

-- grain: one row per split of an indicator whose noemer is the DUO population, so every vestiging has a row
-- (teller 0) for every split and the SWV noemer of a split equals the sum of the vestiging noemers
CREATE TABLE dw.indicator_uitsplitsing (
    indicator_code text NOT NULL REFERENCES dw.dim_indicator (indicator_code),
    uitsplitsing   text NOT NULL,
    PRIMARY KEY (indicator_code, uitsplitsing)
);

INSERT INTO dw.indicator_uitsplitsing
SELECT indicator_code, '' FROM dw.dim_indicator WHERE noemer_soort = 'leerlingen'
UNION ALL SELECT 'TLV_AFGEGEVEN', c FROM unnest(ARRAY['laag', 'midden', 'hoog']) c
UNION ALL SELECT 'CONSULTATIE_UREN', c FROM unnest(ARRAY['handelingsadvies', 'voorlichting', 'observatie', 'coaching', 'schakeltraject', 'leerlingbespreking']) c
UNION ALL SELECT 'MIDDELEN_PER_LL', c FROM unnest(ARRAY['formatie_zorg', 'trajectvoorziening', 'mentoraat', 'studiecoaches', 'nt2', 'professionalisering', 'overig']) c;
