namespace KoersInsights.Extracts.Scope;

/// <summary>A vestiging located in the gemeente for one schooljaar, with the subregio it counted in that year.</summary>
public sealed record ScopedVestiging(string Vestigingscode, string? Naam, string Schooljaar, string? Subregio);
