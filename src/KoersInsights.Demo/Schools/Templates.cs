namespace KoersInsights.Demo.Schools;

/// <summary>Column lists of the delivery templates, in the order of sources.md §2 and §3.</summary>
internal static class Templates
{
    public static IReadOnlyList<string> Trajectvoorziening { get; } =
        ["leerling_id", "vestigingscode", "datum_aanmelding", "reden", "datum_einde", "uitkomst", "onderwijstype", "leerjaar", "heeft_opp", "woongemeente"];

    public static IReadOnlyList<string> Observatie { get; } = ["datum", "vestigingscode", "soort", "uitgevoerd_door", "leerling_id"];

    public static IReadOnlyList<string> Opp { get; } =
        ["leerling_id", "vestigingscode", "datum_start", "datum_einde", "datum_laatste_evaluatie", "onderwijstype", "leerjaar", "woongemeente"];

    public static IReadOnlyList<string> Ondersteuning { get; } = ["leerling_id", "vestigingscode", "soort", "datum_aanmelding", "datum_start", "datum_einde"];

    public static IReadOnlyList<string> Verzuim { get; } =
        ["leerling_id", "vestigingscode", "soort", "datum_start", "datum_einde", "woongemeente", "gemeld_leerplicht"];

    public static IReadOnlyList<string> Doorstroom { get; } =
        ["leerling_id", "vestigingscode", "schooljaar", "onderwijstype", "leerjaar", "uitkomst", "heeft_opp", "zij_instroom", "ondersteuningsbehoefte"];

    public static IReadOnlyList<string> Tlv { get; } =
        ["aanvraag_id", "leerling_id", "vestigingscode", "datum_aanvraag", "datum_besluit", "besluit", "categorie", "geldig_tot", "woongemeente"];

    public static IReadOnlyList<string> Consultatie { get; } = ["vestigingscode", "schooljaar", "activiteit", "aantal", "uren"];

    /// <summary>Both <c>vestigingscode</c> and <c>bestuur</c> are present; each line fills exactly one (docs/lake.md).</summary>
    public static IReadOnlyList<string> Middelen { get; } = ["vestigingscode", "bestuur", "schooljaar", "categorie", "begroot", "gerealiseerd"];

    public static IReadOnlyList<string> Doelen { get; } =
        ["vestigingscode", "indicator", "nulmeting_schooljaar", "nulmeting_waarde", "doel_schooljaar", "doel_waarde", "speerpunt", "toelichting"];

    public static IReadOnlyList<string> Regio { get; } = ["subregio", "gemeentecode", "plaatsnaam", "postcode_van", "postcode_tot"];

    public static IReadOnlyList<string> Enquete { get; } = ["respondent_id", "vestigingscode", "datum", "doelgroep", "vragenlijst", "vraag_code", "antwoord"];

    public static IReadOnlyList<string> Vragen { get; } = ["vraag_code", "vraagtekst", "thema", "schaal", "hoger_is_beter"];

    public static string JaNee(bool value) => value ? "ja" : "nee";
}
