using KoersInsights.TestSupport;

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
        _root = Directory.CreateTempSubdirectory("koers-pbi-");
        var (_, lake) = await SmallDemoRegion.IngestAsync(_root.FullName);
        await SmallDemoRegion.LoadAsync(lake, _database.ConnectionString);
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
