namespace KoersInsights.Demo.Region;

/// <summary>A fictitious school board (DUO BEVOEGD GEZAG NUMMER, 5 digits).</summary>
public sealed record DemoBestuur(string Nummer, string Naam);
