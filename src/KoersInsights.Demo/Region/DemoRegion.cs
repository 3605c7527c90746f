namespace KoersInsights.Demo.Region;

/// <summary>
/// The synthetic Koers VO region as data: gemeenten, subregio rules, besturen and locations. Other components
/// (warehouse fixtures, demo checks) use it to know what the generated files should contain.
/// </summary>
public sealed class DemoRegion
{
    internal DemoRegion(IReadOnlyList<DemoBestuur> besturen, IReadOnlyList<DemoLocation> locations)
    {
        Besturen = besturen;
        Locations = locations;
    }

    /// <summary>Name of the demo SWV.</summary>
    public static string SwvNaam => "Koers VO (demo)";

    /// <summary>The nine gemeenten of Koers VO (domain.md).</summary>
    public static IReadOnlyList<DemoGemeente> Gemeenten => KoersVoGeography.Gemeenten;

    /// <summary>The six demo subregio's in a fixed order.</summary>
    public static IReadOnlyList<string> Subregios => KoersVoGeography.Subregios;

    /// <summary>The rules delivered in <c>regio_SWV_&lt;schooljaar&gt;.csv</c>.</summary>
    public static IReadOnlyList<DemoSubregioRule> SubregioRules => KoersVoGeography.SubregioRules;

    public IReadOnlyList<DemoBestuur> Besturen { get; }

    /// <summary>Every location in the DUO files, including the few outside the SWV.</summary>
    public IReadOnlyList<DemoLocation> Locations { get; }

    public IEnumerable<DemoLocation> Members => Locations.Where(l => l.InSwv);

    /// <summary>The region the generator would write for these options, without writing anything.</summary>
    public static DemoRegion Create(DemoRegionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return DemoRegionBuilder.Build(options).Region;
    }

    /// <summary>The subregio the rules give for a location, or null when no rule matches.</summary>
    public static string? SubregioOf(string gemeentecode, string plaatsnaam, string postcode) =>
        SubregioRules.FirstOrDefault(r => r.Matches(gemeentecode, plaatsnaam, postcode))?.Subregio;
}
