namespace KoersInsights.Demo.Region;

/// <summary>
/// Real geography of the Koers VO gemeenten (CBS codes from domain.md, DUO plaatsnamen and regional codes as in
/// DUO's 02.-alle-vestigingen-vo.csv) and the demo subregio's, which are configuration, not official.
/// </summary>
internal static class KoersVoGeography
{
    public const string RotterdamNoord = "Rotterdam-Noord";
    public const string RotterdamZuid = "Rotterdam-Zuid";
    public const string RotterdamWestCentrum = "Rotterdam-West/Centrum";
    public const string CapelleKrimpenLekkerkerk = "Capelle-Krimpen-Lekkerkerk";
    public const string Bar = "BAR";
    public const string LansingerlandZuidplas = "Lansingerland-Zuidplas";

    public static IReadOnlyList<string> Subregios { get; } =
        [RotterdamNoord, RotterdamZuid, RotterdamWestCentrum, CapelleKrimpenLekkerkerk, Bar, LansingerlandZuidplas];

    public static IReadOnlyList<DemoGemeente> Gemeenten { get; } =
    [
        new("0599", "Rotterdam", ["ROTTERDAM", "HOOGVLIET ROTTERDAM"]),
        new("0502", "Capelle aan den IJssel", ["CAPELLE AAN DEN IJSSEL"]),
        new("0542", "Krimpen aan den IJssel", ["KRIMPEN AAN DEN IJSSEL"]),
        new("1931", "Krimpenerwaard", ["LEKKERKERK"]),
        new("1892", "Zuidplas", ["NIEUWERKERK AD IJSSEL"]),
        new("0597", "Ridderkerk", ["RIDDERKERK"]),
        new("1621", "Lansingerland", ["BERGSCHENHOEK", "BERKEL EN RODENRIJS", "BLEISWIJK"]),
        new("0489", "Barendrecht", ["BARENDRECHT"]),
        new("0613", "Albrandswaard", ["RHOON", "POORTUGAAL"]),
    ];

    /// <summary>Rules by gemeente, plaatsnaam and postcode range (Rotterdam-Zuid 3071–3089 per domain.md).</summary>
    public static IReadOnlyList<DemoSubregioRule> SubregioRules { get; } =
    [
        new(RotterdamWestCentrum, "0599", null, 3011, 3029),
        new(RotterdamNoord, "0599", null, 3030, 3069),
        new(RotterdamZuid, "0599", null, 3071, 3089),
        new(RotterdamZuid, "0599", "HOOGVLIET ROTTERDAM", null, null),
        new(CapelleKrimpenLekkerkerk, "0502", null, null, null),
        new(CapelleKrimpenLekkerkerk, "0542", null, null, null),
        new(CapelleKrimpenLekkerkerk, "1931", "LEKKERKERK", null, null),
        new(Bar, "0489", null, null, null),
        new(Bar, "0613", null, null, null),
        new(Bar, "0597", null, null, null),
        new(LansingerlandZuidplas, "1621", null, null, null),
        new(LansingerlandZuidplas, "1892", "NIEUWERKERK AD IJSSEL", null, null),
    ];

    /// <summary>Where locations are placed; <see cref="Area.DefaultCount"/> sums to the default 110.</summary>
    public static IReadOnlyList<Area> MemberAreas { get; } =
    [
        new(RotterdamWestCentrum, "0599", "ROTTERDAM", 3011, 3029, 21),
        new(RotterdamNoord, "0599", "ROTTERDAM", 3031, 3069, 28),
        new(RotterdamZuid, "0599", "ROTTERDAM", 3071, 3089, 26),
        new(RotterdamZuid, "0599", "HOOGVLIET ROTTERDAM", 3191, 3194, 2),
        new(CapelleKrimpenLekkerkerk, "0502", "CAPELLE AAN DEN IJSSEL", 2900, 2909, 6),
        new(CapelleKrimpenLekkerkerk, "0542", "KRIMPEN AAN DEN IJSSEL", 2920, 2925, 3),
        new(CapelleKrimpenLekkerkerk, "1931", "LEKKERKERK", 2941, 2941, 2),
        new(Bar, "0597", "RIDDERKERK", 2980, 2989, 6),
        new(Bar, "0489", "BARENDRECHT", 2990, 2994, 5),
        new(Bar, "0613", "RHOON", 3161, 3162, 1),
        new(Bar, "0613", "POORTUGAAL", 3171, 3172, 1),
        new(LansingerlandZuidplas, "1621", "BERGSCHENHOEK", 2661, 2662, 3),
        new(LansingerlandZuidplas, "1621", "BERKEL EN RODENRIJS", 2651, 2652, 2),
        new(LansingerlandZuidplas, "1621", "BLEISWIJK", 2665, 2666, 2),
        new(LansingerlandZuidplas, "1892", "NIEUWERKERK AD IJSSEL", 2911, 2914, 2),
    ];

    /// <summary>One location each outside the SWV, so membership is decided per vestiging (domain.md).</summary>
    public static IReadOnlyList<Area> OutsideAreas { get; } =
    [
        new(null, "0599", "ROZENBURG ZH", 3181, 3181, 1),
        new(null, "1931", "SCHOONHOVEN", 2871, 2871, 1),
        new(null, "0606", "SCHIEDAM", 3111, 3122, 1),
    ];

    /// <summary>Gemeenten where pupils live besides their school's gemeente (neighbours, some outside the SWV).</summary>
    public static IReadOnlyList<string> NeighbourGemeenten(string gemeentecode) => gemeentecode switch
    {
        "0599" => ["0502", "0597", "0489", "0613", "0606", "1621"],
        "0502" => ["0599", "0542", "1892"],
        "0542" => ["0502", "1931", "0599"],
        "1931" => ["0542", "0502", "1892"],
        "1892" => ["0502", "0513", "1931"],
        "0597" => ["0599", "0489", "0642"],
        "1621" => ["0599", "1892", "1926"],
        "0489" => ["0597", "0613", "0599"],
        "0613" => ["0489", "0599", "1992"],
        _ => ["0599"],
    };

    public static string DuoGemeentenaam(string gemeentecode) => gemeentecode switch
    {
        "0606" => "Schiedam",
        _ => Gemeenten.First(g => g.Code == gemeentecode).Naam,
    };

    /// <summary>
    /// NODAAL GEBIED … RMC-REGIO NAAM and VAKANTIEREGIO as DUO lists them for the gemeente: Rijnmond for most,
    /// Zuid-Holland-Oost for Krimpenerwaard and (partly) Zuidplas.
    /// </summary>
    public static IReadOnlyList<string> DuoRegionColumns(string gemeentecode) => gemeentecode switch
    {
        "1931" => ["51", "Gouda", "21", "Rijn-Gouwe", "27", "Zuid-Holland-Oost", "28", "Oost-Zuid-Holland", "16", "Noord-Zuid-Holland", "27", "Zuid-Holland-Oost", "Midden"],
        "1892" => ["54", "Rotterdam", "21", "Rijn-Gouwe", "27", "Zuid-Holland-Oost", "29", "Groot-Rijnmond", "17", "Rijnmond groot", "27", "Zuid-Holland-Oost", "Midden"],
        _ => ["54", "Rotterdam", "23", "Rijnmond", "29", "Rijnmond", "29", "Groot-Rijnmond", "17", "Rijnmond groot", "29", "Rijnmond", "Midden"],
    };

    internal sealed record Area(string? Subregio, string Gemeentecode, string Plaatsnaam, int PostcodeFrom, int PostcodeTo, int DefaultCount);
}
