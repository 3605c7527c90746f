using KoersInsights.Demo.Region;

namespace KoersInsights.Demo;

/// <summary>One file the generator wrote.</summary>
/// <param name="Source">Landing source: <c>duo</c>, <c>schools</c> or <c>surveys</c>.</param>
/// <param name="RelativePath">Path under the output folder, with forward slashes (<c>landing/schools/opp_94KV00_2023-2024.csv</c>).</param>
/// <param name="Rows">Data rows (header excluded).</param>
public sealed record DemoFile(string Source, string RelativePath, int Rows)
{
    public string FileName => RelativePath[(RelativePath.LastIndexOf('/') + 1)..];
}

/// <summary>A deliberately bad delivery and what ingestion is expected to do with it.</summary>
/// <param name="RelativePath">Path under the output folder.</param>
/// <param name="Problem">What is wrong, in words a data officer understands.</param>
/// <param name="WholeFileQuarantined">True when the whole file must go to quarantine; false when only some rows do.</param>
/// <param name="BadLines">1-based lines (header = 1) that must be quarantined when only rows are bad; empty otherwise.</param>
public sealed record DemoBadDelivery(string RelativePath, string Problem, bool WholeFileQuarantined, IReadOnlyList<int> BadLines);

/// <summary>What <see cref="DemoRegionGenerator.Generate"/> wrote.</summary>
public sealed class DemoRegionSummary
{
    internal DemoRegionSummary(DemoRegionOptions options, string outputFolder, DemoRegion region, IReadOnlyList<DemoFile> files, IReadOnlyList<DemoBadDelivery> badDeliveries)
    {
        Options = options;
        OutputFolder = outputFolder;
        Region = region;
        Files = files;
        BadDeliveries = badDeliveries;
    }

    public DemoRegionOptions Options { get; }

    /// <summary>The folder that holds <c>landing/</c>.</summary>
    public string OutputFolder { get; }

    public DemoRegion Region { get; }

    /// <summary>Every file written, good and bad, in the order written.</summary>
    public IReadOnlyList<DemoFile> Files { get; }

    public IReadOnlyList<DemoBadDelivery> BadDeliveries { get; }

    public IReadOnlyDictionary<string, int> FileCountPerSource =>
        DemoSources.All.ToDictionary(s => s, s => Files.Count(f => f.Source == s));

    public IReadOnlyDictionary<string, int> RowCountPerSource =>
        DemoSources.All.ToDictionary(s => s, s => Files.Where(f => f.Source == s).Sum(f => f.Rows));
}
