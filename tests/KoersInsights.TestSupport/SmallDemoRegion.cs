using KoersInsights.Core.Configuration;
using KoersInsights.Demo;
using KoersInsights.Ingestion;
using KoersInsights.Lake;
using KoersInsights.Warehouse.Load;
using KoersInsights.Warehouse.Migrations;

namespace KoersInsights.TestSupport;

/// <summary>
/// The Small demo region (12 locations, 3 schooljaren) through the real chain: generated deliveries, ingestion into
/// a folder lake, and on request the migrated warehouse loaded from it. Shared by every test that needs real data.
/// </summary>
public static class SmallDemoRegion
{
    /// <summary>Generates the region under <c>home/demo</c> and ingests it into the lake at <paramref name="lakeFolder"/>
    /// (default <c>home/lake</c>).</summary>
    public static async Task<(KoersSettings Settings, ILakeStore Lake)> IngestAsync(string home, string? lakeFolder = null)
    {
        var folder = Path.Combine(home, "demo");
        DemoRegionGenerator.Generate(DemoRegionOptions.Small, folder);
        var settings = KoersSettingsLoader.Load(
            home,
            new Dictionary<string, string?> { ["Koers:Home"] = home, ["Koers:Lake"] = lakeFolder ?? Path.Combine(home, "lake") },
            new Dictionary<string, string?>());
        var lake = LakeStoreFactory.Create(settings.Lake, null);
        var ingestion = await IngestionServiceFactory.CreateAsync(settings, lake);
        foreach (var source in Enum.GetValues<IngestSource>())
        {
            await Landing.CopyFolderAsync(lake, source, Path.Combine(folder, "landing", source.Folder()), CancellationToken.None);
            await ingestion.IngestAsync(source, null, CancellationToken.None);
        }

        return (settings, lake);
    }

    /// <summary>Migrates the warehouse and loads everything the lake holds.</summary>
    public static async Task<LoadSummary> LoadAsync(ILakeStore lake, string connectionString)
    {
        await new Migrator(connectionString, new EmbeddedScriptProvider()).MigrateAsync();
        return await new WarehouseLoader().LoadAsync(lake, connectionString, null, CancellationToken.None);
    }
}
