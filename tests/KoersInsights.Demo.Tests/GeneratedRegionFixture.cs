namespace KoersInsights.Demo.Tests;

/// <summary>The default demo region, generated once for every test class in the collection.</summary>
public sealed class GeneratedRegionFixture : IDisposable
{
    public GeneratedRegionFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), $"koers-demo-{Guid.NewGuid():N}");
        Summary = DemoRegionGenerator.Generate(DemoRegionOptions.Default, Folder);
    }

    public string Folder { get; }

    public DemoRegionSummary Summary { get; }

    public string PathOf(DemoFile file) => Path.Combine(Folder, file.RelativePath);

    public IEnumerable<DemoFile> GoodDeliveries(string source) =>
        Summary.Files.Where(f => f.Source == source && Summary.BadDeliveries.All(b => b.RelativePath != f.RelativePath));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class GeneratedRegionCollection : ICollectionFixture<GeneratedRegionFixture>
{
    public const string Name = "generated default region";
}
