using KoersInsights.TestSupport;
using KoersInsights.Warehouse.Load;

namespace KoersInsights.Warehouse.Tests.Load;

/// <summary>The fixture region loaded in two loads into one database, shared by the tests of a class.</summary>
public sealed class FixtureLoad : IAsyncLifetime
{
    private TestDatabase? _db;

    public string ConnectionString => _db!.ConnectionString;

    public LoadSummary First { get; private set; } = null!;

    public LoadSummary Second { get; private set; } = null!;

    /// <summary>rpt.indicator_waarde after the first load, keyed like <see cref="Values"/>.</summary>
    public Dictionary<string, string> AfterFirst { get; private set; } = [];

    public List<object?[]> InferredAfterFirst { get; private set; } = [];

    public async Task InitializeAsync()
    {
        if (TestEnvironment.PostgresConnectionString is null)
        {
            return;
        }

        _db = await WarehouseDb.CreateMigratedAsync("wh_fixture");
        var lake = new InMemoryBronze();
        FixtureRegion.AddFirstLoad(lake);
        var loader = new WarehouseLoader();
        First = await loader.LoadAsync(lake, ConnectionString, null, CancellationToken.None);
        AfterFirst = await Values(ConnectionString);
        InferredAfterFirst = await WarehouseDb.QueryAsync(ConnectionString,
            "SELECT vestigingscode, is_inferred, in_swv, gemeente_key IS NULL, subregio_key IS NULL FROM dw.dim_vestiging WHERE is_inferred ORDER BY 1");
        FixtureRegion.AddSecondLoad(lake);
        Second = await loader.LoadAsync(lake, ConnectionString, null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_db is not null)
        {
            await _db.DisposeAsync();
        }
    }

    /// <summary>"code niveau niveau_code schooljaar uitsplitsing" → "teller/noemer/waarde/gemaskeerd" from rpt.indicator_waarde.</summary>
    public static async Task<Dictionary<string, string>> Values(string connectionString) =>
        (await WarehouseDb.QueryAsync(connectionString,
            "SELECT indicator_code, niveau, niveau_code, schooljaar, uitsplitsing, teller, noemer, waarde, gemaskeerd FROM rpt.indicator_waarde"))
        .ToDictionary(
            r => $"{r[0]} {r[1]} {r[2]} {r[3]} {r[4]}".TrimEnd(),
            r => $"{WarehouseDb.Fmt(r[5])}/{WarehouseDb.Fmt(r[6])}/{WarehouseDb.Fmt(r[7])}/{((bool)r[8]! ? "m" : "-")}");
}
