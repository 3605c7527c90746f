using static KoersInsights.Ingestion.Templates.CodeLists;

namespace KoersInsights.Ingestion.Templates;

/// <summary>
/// Every school, SWV and survey template of sources.md §2–§3. Natural keys are our choice, stated here once:
/// a pupil registers at most once per day per kind of trajectory; TLVs are keyed by the SWV's request number.
/// </summary>
public static class TemplateCatalog
{
    public static DeliveryTemplate Trajectvoorziening { get; } = new(
        "trajectvoorziening",
        IngestSource.Schools,
        [
            Col.Pupil(), Col.Vestiging(), Col.Date("datum_aanmelding"), Col.Code("reden", TvReden),
            Col.Date("datum_einde").Optional(), Col.Code("uitkomst", TvUitkomst).Optional(), Col.Code("onderwijstype", Onderwijstype),
            Col.Leerjaar(), Col.Bool("heeft_opp"), Col.Gemeente(),
        ],
        ["leerling_id", "vestigingscode", "datum_aanmelding"],
        [new DateOrderRule("datum_aanmelding", "datum_einde")]);

    public static DeliveryTemplate Observatie { get; } = new(
        "observatie",
        IngestSource.Schools,
        [
            Col.Date("datum"), Col.Vestiging(), Col.Code("soort", ObservatieSoort), Col.Code("uitgevoerd_door", ObservatieDoor),
            Col.Pupil().Optional(),
        ],
        // Two class observations on one day by the same team are legitimate, so no key.
        [],
        [new OnlyWhenRule("leerling_id", "soort", "leerling")]);

    public static DeliveryTemplate Opp { get; } = new(
        "opp",
        IngestSource.Schools,
        [
            Col.Pupil(), Col.Vestiging(), Col.Date("datum_start"), Col.Date("datum_einde").Optional(),
            Col.Date("datum_laatste_evaluatie").Optional(), Col.Code("onderwijstype", Onderwijstype), Col.Leerjaar(), Col.Gemeente(),
        ],
        ["leerling_id", "vestigingscode", "datum_start"],
        [new DateOrderRule("datum_start", "datum_einde"), new DateOrderRule("datum_start", "datum_laatste_evaluatie")]);

    public static DeliveryTemplate Ondersteuning { get; } = new(
        "ondersteuning",
        IngestSource.Schools,
        [
            Col.Pupil(), Col.Vestiging(), Col.Code("soort", OndersteuningSoort), Col.Date("datum_aanmelding"),
            Col.Date("datum_start").Optional(), Col.Date("datum_einde").Optional(),
        ],
        ["leerling_id", "vestigingscode", "soort", "datum_aanmelding"],
        [new DateOrderRule("datum_aanmelding", "datum_einde"), new DateOrderRule("datum_start", "datum_einde")]);

    public static DeliveryTemplate Verzuim { get; } = new(
        "verzuim",
        IngestSource.Schools,
        [
            Col.Pupil(), Col.Vestiging(), Col.Code("soort", VerzuimSoort), Col.Date("datum_start"), Col.Date("datum_einde").Optional(),
            Col.Gemeente(), Col.Bool("gemeld_leerplicht"),
        ],
        ["leerling_id", "vestigingscode", "soort", "datum_start"],
        [new DateOrderRule("datum_start", "datum_einde")]);

    public static DeliveryTemplate Doorstroom { get; } = new(
        "doorstroom",
        IngestSource.Schools,
        [
            Col.Pupil(), Col.Vestiging(), Col.Schooljaar(), Col.Code("onderwijstype", Onderwijstype), Col.Leerjaar(),
            Col.Code("uitkomst", DoorstroomUitkomst), Col.Bool("heeft_opp"), Col.Bool("zij_instroom"), Col.Bool("ondersteuningsbehoefte"),
        ],
        ["leerling_id", "vestigingscode", "schooljaar"],
        []);

    public static DeliveryTemplate Tlv { get; } = new(
        "tlv",
        IngestSource.Schools,
        [
            Col.Text("aanvraag_id"), Col.Pupil(), Col.Vestiging(), Col.Date("datum_aanvraag"), Col.Date("datum_besluit").Optional(),
            Col.Code("besluit", TlvBesluit), Col.Code("categorie", TlvCategorie).Optional(),
            Col.Date("geldig_tot", yearsAfter: 8).Optional(), Col.Gemeente(),
        ],
        ["aanvraag_id"],
        [new DateOrderRule("datum_aanvraag", "datum_besluit"), new DateOrderRule("datum_aanvraag", "geldig_tot")]);

    public static DeliveryTemplate Consultatie { get; } = new(
        "consultatie",
        IngestSource.Schools,
        [
            Col.Vestiging(), Col.Schooljaar(), Col.Code("activiteit", ConsultatieActiviteit), Col.Int("aantal", 0, 1_000_000),
            Col.Dec("uren", 9, 2, min: 0),
        ],
        ["vestigingscode", "schooljaar", "activiteit"],
        []);

    public static DeliveryTemplate Middelen { get; } = new(
        "middelen",
        IngestSource.Schools,
        [
            Col.Vestiging().Optional(), new TemplateColumn("bestuur", ColumnKind.Bestuur, Required: false), Col.Schooljaar(),
            Col.Code("categorie", MiddelenCategorie), Col.Dec("begroot", 14, 2), Col.Dec("gerealiseerd", 14, 2).Optional(),
        ],
        ["vestigingscode", "bestuur", "schooljaar", "categorie"],
        [new ExactlyOneRule("vestigingscode", "bestuur")],
        AllowBestuurInName: true);

    public static DeliveryTemplate Doelen { get; } = new(
        "doelen",
        IngestSource.Schools,
        [
            Col.Vestiging(allowSwv: true), Col.Code("indicator", Indicator), Col.Schooljaar("nulmeting_schooljaar"),
            Col.Dec("nulmeting_waarde", 12, 4).Optional(), Col.Schooljaar("doel_schooljaar"), Col.Dec("doel_waarde", 12, 4),
            Col.Int("speerpunt", 1, 7), Col.Text("toelichting").Optional(),
        ],
        ["vestigingscode", "indicator", "doel_schooljaar"],
        []);

    public static DeliveryTemplate Regio { get; } = new(
        "regio",
        IngestSource.Schools,
        [
            Col.Text("subregio"), Col.Gemeente("gemeentecode"), Col.Text("plaatsnaam").Optional(),
            Col.Postcode("postcode_van").Optional(), Col.Postcode("postcode_tot").Optional(),
        ],
        ["gemeentecode", "plaatsnaam", "postcode_van"],
        []);

    public static DeliveryTemplate Enquete { get; } = new(
        "enquete",
        IngestSource.Surveys,
        [
            Col.Respondent(), Col.Vestiging(allowSwv: true), Col.Date("datum", yearsBefore: 0, yearsAfter: 0),
            Col.Code("doelgroep", Doelgroep), Col.Code("vragenlijst", Vragenlijst), Col.Text("vraag_code"), Col.Text("antwoord"),
        ],
        ["respondent_id", "vragenlijst", "vraag_code"],
        []);

    public static DeliveryTemplate Vragen { get; } = new(
        "vragen",
        IngestSource.Surveys,
        [
            Col.Text("vraag_code"), Col.Text("vraagtekst"), Col.Code("thema", Thema), Col.Code("schaal", Schaal),
            Col.Bool("hoger_is_beter"),
        ],
        ["vraag_code"],
        [],
        HasSchooljaarInName: false);

    public static IReadOnlyList<DeliveryTemplate> All { get; } =
    [
        Trajectvoorziening, Observatie, Opp, Ondersteuning, Verzuim, Doorstroom, Tlv, Consultatie, Middelen, Doelen, Regio,
        Enquete, Vragen,
    ];

    public static DeliveryTemplate? ForEntity(IngestSource source, string entity) =>
        All.FirstOrDefault(t => t.Source == source && t.Entity == entity);
}
