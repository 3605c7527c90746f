namespace KoersInsights.Demo.Region;

/// <summary>A fictitious VO location as it appears in DUO's vestigingen file.</summary>
/// <param name="Vestigingscode">Instellingscode + 2 digits (<c>94KV01</c>).</param>
/// <param name="Subregio">The demo subregio by the regio rules; null for locations outside the SWV.</param>
public sealed record DemoLocation(
    string Vestigingscode,
    string Instellingscode,
    string Naam,
    string BestuurNummer,
    string Gemeentecode,
    string Gemeentenaam,
    string Postcode,
    string Plaatsnaam,
    string Onderwijsstructuur,
    bool InSwv,
    string? Subregio)
{
    /// <summary>The 2-digit vestigingsnummer of DUO's older header variant (<c>VESTIGINGSNUMMER</c>).</summary>
    public string Vestigingsnummer => Vestigingscode[4..];
}
