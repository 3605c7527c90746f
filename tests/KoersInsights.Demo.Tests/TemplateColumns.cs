namespace KoersInsights.Demo.Tests;

/// <summary>The template columns as ../shared/docs/sources.md §2–3 lists them, written here independently of the generator.</summary>
internal static class TemplateColumns
{
    public static IReadOnlyDictionary<string, string[]> ByType { get; } = new Dictionary<string, string[]>
    {
        ["trajectvoorziening"] = ["leerling_id", "vestigingscode", "datum_aanmelding", "reden", "datum_einde", "uitkomst", "onderwijstype", "leerjaar", "heeft_opp", "woongemeente"],
        ["observatie"] = ["datum", "vestigingscode", "soort", "uitgevoerd_door", "leerling_id"],
        ["opp"] = ["leerling_id", "vestigingscode", "datum_start", "datum_einde", "datum_laatste_evaluatie", "onderwijstype", "leerjaar", "woongemeente"],
        ["ondersteuning"] = ["leerling_id", "vestigingscode", "soort", "datum_aanmelding", "datum_start", "datum_einde"],
        ["verzuim"] = ["leerling_id", "vestigingscode", "soort", "datum_start", "datum_einde", "woongemeente", "gemeld_leerplicht"],
        ["doorstroom"] = ["leerling_id", "vestigingscode", "schooljaar", "onderwijstype", "leerjaar", "uitkomst", "heeft_opp", "zij_instroom", "ondersteuningsbehoefte"],
        ["tlv"] = ["aanvraag_id", "leerling_id", "vestigingscode", "datum_aanvraag", "datum_besluit", "besluit", "categorie", "geldig_tot", "woongemeente"],
        ["consultatie"] = ["vestigingscode", "schooljaar", "activiteit", "aantal", "uren"],
        ["middelen"] = ["vestigingscode", "bestuur", "schooljaar", "categorie", "begroot", "gerealiseerd"],
        ["doelen"] = ["vestigingscode", "indicator", "nulmeting_schooljaar", "nulmeting_waarde", "doel_schooljaar", "doel_waarde", "speerpunt", "toelichting"],
        ["regio"] = ["subregio", "gemeentecode", "plaatsnaam", "postcode_van", "postcode_tot"],
        ["enquete"] = ["respondent_id", "vestigingscode", "datum", "doelgroep", "vragenlijst", "vraag_code", "antwoord"],
        ["vragen"] = ["vraag_code", "vraagtekst", "thema", "schaal", "hoger_is_beter"],
    };

    public static string TypeOf(string fileName) => fileName.Split('_', '.')[0];
}
