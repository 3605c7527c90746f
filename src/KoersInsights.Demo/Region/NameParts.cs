namespace KoersInsights.Demo.Region;

/// <summary>
/// Word parts for fictitious Dutch-sounding names. Combined, they give names like "Rietbaken College" that read as
/// a school without being one; streets are generic Dutch street names.
/// </summary>
internal static class NameParts
{
    public static IReadOnlyList<string> First { get; } =
    [
        "Linde", "Wilgen", "Meeuwen", "Kaap", "Zilver", "Riet", "Polder", "Veer", "Sluis", "Kade", "Reiger",
        "Esdoorn", "Vlinder", "Duin", "Kompas", "Anker", "Tij", "Klaver", "Berken", "Zwanen", "Hazel", "Kreek",
        "Lis", "Ooievaar", "Wind", "Eiken", "Merel", "Heuvel", "Ster", "Oever",
    ];

    public static IReadOnlyList<string> Second { get; } =
    [
        "boog", "hof", "werf", "hoek", "poort", "veld", "kant", "baken", "stroom", "weide", "borgh", "dal", "rijk",
    ];

    public static IReadOnlyList<string> Streets { get; } =
    [
        "Schoolstraat", "Lindelaan", "Kerkweg", "Dijkstraat", "Molenlaan", "Havenkade", "Populierenlaan", "Prins Hendrikstraat",
        "Coöperatieweg", "Esdoornlaan", "Wilhelminaplein", "Sportlaan", "Burgemeester de Vriesstraat", "Parklaan", "Stationsweg",
        "Rietdekkerspad", "Beukenlaan", "Julianastraat", "Zeemanstraat", "Oranjeplein", "Lindenhof", "Kreekrug", "Orchideeënhof",
    ];

    public static IReadOnlyList<string> BestuurSuffixes { get; } = ["Onderwijsgroep", "Scholen", "VO", "Scholengroep"];
}
