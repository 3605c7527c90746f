using Microsoft.Extensions.Configuration;

namespace KoersInsights.Core.Region;

/// <summary>
/// The samenwerkingsverband and the area it serves (domain.md, "Koers VO"). Membership of a school is decided per
/// vestiging (gemeente + plaatsnaam), never by gemeentecode alone. Another SWV is configuration: section
/// <c>Koers:Region</c>. Subregio's are not configuration: they come from the SWV's <c>regio</c> delivery (sources.md).
/// </summary>
public sealed record SwvRegion
{
    // Declared before KoersVo: static initialisers run in text order and KoersVo reads this list.
    private static RegionGemeente[] KoersVoGemeenten { get; } =
    [
        new("0599", "Rotterdam") { ExcludedPlaatsnamen = ["ROZENBURG ZH"] },
        new("0502", "Capelle aan den IJssel"),
        new("0542", "Krimpen aan den IJssel"),
        new("1931", "Krimpenerwaard") { Plaatsnamen = ["LEKKERKERK"] },
        new("1892", "Zuidplas") { Plaatsnamen = ["NIEUWERKERK AAN DEN IJSSEL"] },
        new("0597", "Ridderkerk"),
        new("1621", "Lansingerland"),
        new("0489", "Barendrecht"),
        new("0613", "Albrandswaard"),
    ];

    /// <summary>SWV code as DUO writes it; <c>VO2803</c> (Koers VO) unless configured under <c>Koers:Region:Code</c>.</summary>
    public string Code { get; init; } = "VO2803";

    public string Naam { get; init; } = "Koers VO";

    public IReadOnlyList<RegionGemeente> Gemeenten { get; init; } = KoersVoGemeenten;

    /// <summary>The default demo region, Koers VO (Rotterdam), with the plaatsnaam rules of domain.md.</summary>
    public static SwvRegion KoersVo { get; } = new();

    /// <summary>True when a location in <paramref name="gemeentecode"/> at <paramref name="plaatsnaam"/> belongs to the SWV.</summary>
    public bool Contains(string gemeentecode, string? plaatsnaam) =>
        Gemeenten.Any(g => g.Code == gemeentecode && g.Contains(plaatsnaam));

    /// <summary>
    /// Reads <c>Koers:Region</c> (keys <c>Code</c>, <c>Naam</c>, <c>Gemeenten:n:Code|Naam|Plaatsnamen|ExcludedPlaatsnamen</c>);
    /// an absent section gives <see cref="KoersVo"/>, an absent key keeps the Koers VO default for that key.
    /// </summary>
    public static SwvRegion FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Koers:Region");
        if (!section.Exists())
        {
            return KoersVo;
        }

        var gemeenten = section.GetSection("Gemeenten").GetChildren().Select(ReadGemeente).ToList();
        var region = new SwvRegion
        {
            Code = section["Code"] ?? KoersVo.Code,
            Naam = section["Naam"] ?? KoersVo.Naam,
            Gemeenten = gemeenten.Count > 0 ? gemeenten : KoersVo.Gemeenten,
        };
        if (region.Gemeenten.GroupBy(g => g.Code).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new KoersException($"Koers:Region: gemeente {duplicate.Key} is listed twice; give each gemeente once with its plaatsnamen");
        }

        return region;
    }

    private static RegionGemeente ReadGemeente(IConfigurationSection g)
    {
        var code = g["Code"]?.Trim();
        if (code is null || code.Length != 4 || !code.All(char.IsAsciiDigit))
        {
            throw new KoersException($"Koers:Region:Gemeenten:{g.Key}:Code must be a 4-digit CBS code (e.g. 0599), got '{code}'");
        }

        return new RegionGemeente(code, g["Naam"] ?? code)
        {
            Plaatsnamen = Upper(g.GetSection("Plaatsnamen")),
            ExcludedPlaatsnamen = Upper(g.GetSection("ExcludedPlaatsnamen")),
        };
    }

    private static string[] Upper(IConfigurationSection list) =>
        list.GetChildren().Select(c => c.Value?.Trim().ToUpperInvariant()).OfType<string>().Where(v => v.Length > 0).ToArray();
}
