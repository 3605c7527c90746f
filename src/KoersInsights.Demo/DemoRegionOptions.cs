namespace KoersInsights.Demo;

/// <summary>
/// What the demo region generator produces. The same options and seed always give byte-identical files.
/// </summary>
public sealed record DemoRegionOptions
{
    /// <summary>Seed of every random stream (default: the start of the Ondersteuningsplan's first schooljaar).</summary>
    public int Seed { get; init; } = 20181001;

    /// <summary>
    /// Locations inside the SWV (Koers VO has about 110). Three locations outside it (Rozenburg, Schoonhoven,
    /// Schiedam) are always added so the membership rules have something to reject.
    /// </summary>
    public int LocationCount { get; init; } = 110;

    /// <summary>Start year of the first schooljaar generated; this schooljaar is the nulmeting.</summary>
    public int FirstSchooljaarStart { get; init; } = 2018;

    /// <summary>Start year of the last schooljaar generated.</summary>
    public int LastSchooljaarStart { get; init; } = 2024;

    /// <summary>The full demo: about 110 locations, 2018-2019 … 2024-2025.</summary>
    public static DemoRegionOptions Default { get; } = new();

    /// <summary>A fast region for end-to-end tests: 12 locations (two per subregio), 2022-2023 … 2024-2025.</summary>
    public static DemoRegionOptions Small { get; } = new() { LocationCount = 12, FirstSchooljaarStart = 2022 };

    /// <summary>The schooljaren in order, written <c>2018-2019</c>.</summary>
    public IReadOnlyList<string> Schooljaren =>
        [.. Enumerable.Range(FirstSchooljaarStart, YearCount).Select(Schooljaar.Format)];

    internal int YearCount => LastSchooljaarStart - FirstSchooljaarStart + 1;

    internal void Validate()
    {
        if (LocationCount < 6)
        {
            throw new ArgumentOutOfRangeException(nameof(LocationCount), LocationCount, "At least one location per subregio (6) is needed.");
        }

        if (LocationCount > 400)
        {
            throw new ArgumentOutOfRangeException(nameof(LocationCount), LocationCount, "At most 400 locations (the fictitious code space).");
        }

        if (FirstSchooljaarStart < 2010 || LastSchooljaarStart < FirstSchooljaarStart || LastSchooljaarStart > 2040)
        {
            throw new ArgumentOutOfRangeException(nameof(LastSchooljaarStart), $"{FirstSchooljaarStart}..{LastSchooljaarStart}", "Schooljaren must run forward within 2010..2040.");
        }
    }
}
