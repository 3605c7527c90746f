using KoersInsights.Ingestion.Values;

namespace KoersInsights.Ingestion.Templates;

/// <summary>The accepted values of sources.md §2 and §3, and the indicator codes of indicators.md.</summary>
public static class CodeLists
{
    public static CodeList Onderwijstype { get; } = new("PRO", "VMBO-B", "VMBO-K", "VMBO-GT", "HAVO", "VWO", "VSO");

    public static CodeList TvReden { get; } = new("gedrag", "sociaal_emotioneel", "motivatie_burnout", "leerproblemen", "thuissituatie", "overig");

    public static CodeList TvUitkomst { get; } = new("terug_in_klas", "andere_school", "vso", "thuiszitter", "overig");

    public static CodeList ObservatieSoort { get; } = new("leerling", "klas");

    public static CodeList ObservatieDoor { get; } = new("tv", "consultatieteam", "bpo", "zorgcoordinator");

    public static CodeList OndersteuningSoort { get; } = new("basis", "extra", "arrangement");

    public static CodeList VerzuimSoort { get; } = new("relatief_langdurig", "absoluut", "thuiszitter");

    public static CodeList DoorstroomUitkomst { get; } = new(
        "bevorderd", "doublure", "afstroom", "opstroom", "diploma", "uitstroom_vavo", "uitstroom_vso", "uitstroom_mbo", "uitstroom_overig");

    public static CodeList TlvBesluit { get; } = new("afgegeven", "afgewezen", "ingetrokken", "lopend");

    public static CodeList TlvCategorie { get; } = new("laag", "midden", "hoog");

    public static CodeList ConsultatieActiviteit { get; } = new(
        "handelingsadvies", "voorlichting", "observatie", "coaching", "schakeltraject", "leerlingbespreking");

    public static CodeList MiddelenCategorie { get; } = new(
        "formatie_zorg", "trajectvoorziening", "mentoraat", "studiecoaches", "nt2", "professionalisering", "overig");

    public static CodeList Doelgroep { get; } = new("leerling", "ouder", "docent", "mentor");

    public static CodeList Vragenlijst { get; } = new("tevredenheid", "exit_tv", "veiligheid", "werkdruk");

    public static CodeList Thema { get; } = new("tevredenheid_ondersteuning", "veiligheid", "pesten", "werkdruk", "toegerust");

    public static CodeList Schaal { get; } = new("1-5", "1-10", "ja-nee");

    public static CodeList Indicator { get; } = new(
        "TV_INSTROOM", "TV_DUUR", "TV_TERUG_IN_KLAS", "OBSERVATIES", "OPP_AANDEEL", "OPP_GEEVALUEERD", "EXTRA_ONDERSTEUNING",
        "BEGELEIDING_DUUR", "THUISZITTERS", "LANGDURIG_VERZUIM", "AFSTROOM", "AFSTROOM_ZIJINSTROOM", "BEVORDERING_ONDERSTEUNING",
        "VAVO", "TLV_AANVRAGEN", "TLV_AFGEGEVEN", "TLV_DOORLOOPTIJD", "TEVREDENHEID", "VEILIGHEID", "DOCENT_TOEGERUST",
        "CONSULTATIE_UREN", "MIDDELEN_PER_LL");
}
