using KoersInsights.Core.Configuration;
using KoersInsights.Demo;
using KoersInsights.Ingestion;
using KoersInsights.Lake;

namespace KoersInsights.Functions.Tests;

/// <summary>A lake under <c>home/lake</c> with the Small demo region generated and ingested (bronze + manifest).</summary>
internal static class SmallDemoLake
{
    public static async Task<KoersSettings> IngestAsync(string home)
    {
        var folder = Path.Combine(home, "demo");
        DemoRegionGenerator.Generate(DemoRegionOptions.Small, folder);
        var settings = KoersSettingsLoader.Load(home, new Dictionary<string, string?> { ["Koers:Home"] = home, ["Koers:Lake"] = Path.Combine(home, "lake") });
        var lake = LakeStoreFactory.Create(settings.Lake, null);
        var ingestion = await IngestionServiceFactory.CreateAsync(settings, lake);
        foreach (var source in Enum.GetValues<IngestSource>())
        {
            await Landing.CopyFolderAsync(lake, source, Path.Combine(folder, "landing", source.Folder()), CancellationToken.None);
            await ingestion.IngestAsync(source, null, CancellationToken.None);
        }

        return settings;
    }
}
