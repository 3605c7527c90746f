using KoersInsights.Extracts.Disclosure;
using KoersInsights.Extracts.Publishing;
using KoersInsights.Extracts.Scope;
using KoersInsights.Extracts.Tests.Fixtures;
using KoersInsights.TestSupport;

namespace KoersInsights.Extracts.Tests.Publishing;

/// <summary>
/// The whole chain on the demo region — generated deliveries, real ingestion, the migrated warehouse and its rpt
/// views — then the disclosure audit over every gemeente's release, as published.
/// </summary>
public sealed class DemoRegionReleaseTests
{
    [PostgresFact]
    public async Task Every_release_of_the_demo_region_passes_the_disclosure_audit_and_stays_in_scope()
    {
        using var lake = new TempLake();
        await using var db = await TestDatabase.CreateAsync("extdemo");
        await SmallDemoRegion.IngestAsync(Path.Combine(lake.Root, "_home"), lake.Root);
        await SmallDemoRegion.LoadAsync(lake.Lake, db.ConnectionString);
        var options = new ExtractOptions();

        var summary = await new ExtractPublisher(options).PublishAsync(lake.Lake, db.ConnectionString, null, null, default);

        Assert.Equal(9, summary.Releases.Count);
        var reader = new WarehouseReader(db.ConnectionString);
        var years = await reader.SchooljarenAsync(options.Schooljaren, default);
        var allVestigingen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var release in summary.Releases)
        {
            var scope = new GemeenteScope(release.Gemeentecode, release.Naam, $"extracts/{release.Gemeentecode}", years,
                await reader.VestigingenAsync(release.Gemeentecode, years, default));
            allVestigingen.UnionWith(scope.Vestigingen.Select(v => v.Vestigingscode));
            var files = await ReleaseReader.ReadAsync(lake.Lake, release.LakePath);
            var csv = files.Where(f => f.Key.EndsWith(".csv", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => f.Value);

            var findings = DisclosureAudit.Run(csv, scope, await reader.RowsAsync(scope, default), options.Policy);

            Assert.True(findings.Count == 0, $"{release.Gemeentecode}: " + string.Join("\n", findings.Take(5)));
            var text = string.Concat(csv.Values.Select(System.Text.Encoding.UTF8.GetString));
            var foreign = allVestigingen.Except(scope.Vestigingen.Select(v => v.Vestigingscode)).Where(code => text.Contains(code, StringComparison.Ordinal));
            Assert.Empty(foreign);
        }
    }
}
