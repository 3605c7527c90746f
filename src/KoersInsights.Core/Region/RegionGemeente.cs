namespace KoersInsights.Core.Region;

/// <summary>
/// A gemeente (CBS code) of the SWV's area. Empty <see cref="Plaatsnamen"/> means the whole gemeente; otherwise only
/// those plaatsnamen (as DUO spells them, upper case). <see cref="ExcludedPlaatsnamen"/> are left out (Rozenburg).
/// </summary>
public sealed record RegionGemeente(string Code, string Naam)
{
    public IReadOnlyList<string> Plaatsnamen { get; init; } = [];

    public IReadOnlyList<string> ExcludedPlaatsnamen { get; init; } = [];

    public bool Contains(string? plaatsnaam)
    {
        var name = plaatsnaam?.Trim().ToUpperInvariant() ?? string.Empty;
        return !ExcludedPlaatsnamen.Contains(name) && (Plaatsnamen.Count == 0 || Plaatsnamen.Contains(name));
    }
}
