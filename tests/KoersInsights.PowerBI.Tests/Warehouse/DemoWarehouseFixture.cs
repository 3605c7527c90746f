using KoersInsights.Core.Configuration;
using KoersInsights.Demo;
using KoersInsights.Ingestion;
using KoersInsights.Lake;
using KoersInsights.TestSupport;
using KoersInsights.Warehouse.Load;
using KoersInsights.Warehouse.Migrations;

namespace KoersInsights.PowerBI.Tests.Warehouse;

/// <summary>
/// A migrated warehouse loaded with the Small demo region (generated, ingested through a local-folder lake and loaded
/// exactly as <c>./koers demo --small</c> does), shared by the classes that read the rpt views.
/// </summary>
public sealed class DemoWarehouseFixture : IAsyncLifetime
{
    private TestDatabase? _database;
    private DirectoryInfo? _root;

    public string ConnectionString => _database?.ConnectionString
        ?? throw new InvalidOperationException("the demo warehouse is only built when PostgreSQL is available");

    public async Task InitializeAsync()
    {
        if (TestEnvironment.PostgresConnectionString is null)
        {
            return;
        }

        _database = await TestDatabase.CreateAsync("pbi");
        await new Migrator(_database.ConnectionString, new EmbeddedScriptProvider()).MigrateAsync();

        _root = Directory.CreateTempSubdirectory("koers-pbi-");
        var demo = Path.Combine(_root.FullName, "demo");
        var lakeFolder = Path.Combine(_root.FullName, "lake");
        DemoRegionGenerator.Generate(DemoRegionOptions.Small, demo);
        var settings = KoersSettingsLoader.Load(
            _root.FullName,
            new Dictionary<string, string?> { ["Koers:Home"] = _root.FullName, ["Koers:Lake"] = lakeFolder },
            new Dictionary<string, string?>());
        var lake = LakeStoreFactory.Create(lakeFolder, null);
        var ingestion = await IngestionServiceFactory.CreateAsync(settings, lake);
        foreach (var source in Enum.GetValues<IngestSource>())
        {
            var landing = Path.Combine(demo, "landing", source.Folder());
            if (Directory.Exists(landing))
            {
                await Landing.CopyFolderAsync(lake, source, landing, CancellationToken.None);
                await ingestion.IngestAsync(source, null, CancellationToken.None);
            }
        }

        await new WarehouseLoader().LoadAsync(lake, _database.ConnectionString, null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        _root?.Delete(recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class DemoWarehouseCollection : ICollectionFixture<DemoWarehouseFixture>
{
    public const string Name = "demo warehouse";
}
