using System.Text;
using KoersInsights.Ingestion;
using KoersInsights.Ingestion.Pseudonyms;
using KoersInsights.Lake.Local;
using KoersInsights.TestSupport;
using KoersInsights.Warehouse.Load;

namespace KoersInsights.Warehouse.Tests.Load;

/// <summary>
/// CSV deliveries → real ingestion (bronze Parquet + manifest in a local lake) → the load. Proves the bronze path:
/// manifest reading, Parquet columns into stg, the supersede rule, and that a second load finds nothing to do.
/// </summary>
public sealed class LakeLoadTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "koers-wh-lake-" + Guid.NewGuid().ToString("N"));
    private TestDatabase? _db;

    public async Task InitializeAsync()
    {
        if (TestEnvironment.PostgresConnectionString is not null)
        {
            _db = await WarehouseDb.CreateMigratedAsync("wh_lake");
        }
    }

    public async Task DisposeAsync()
    {
        if (_db is not null)
        {
            await _db.DisposeAsync();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [PostgresFact]
    public async Task Ingested_deliveries_load_from_bronze_parquet_and_a_redelivery_supersedes_the_first()
    {
        var lake = new LocalFolderLake(Path.Combine(_root, "lake"));
        var ingestion = new IngestionService(lake, new HmacPseudonymizer(new byte[32]), workFolder: Path.Combine(_root, "work"));
        await Land(lake, "trajectvoorziening_11AA00_2023-2024.csv",
            "leerling_id;vestigingscode;datum_aanmelding;reden;datum_einde;uitkomst;onderwijstype;leerjaar;heeft_opp;woongemeente",
            "1001;11AA00;2023-09-05;gedrag;2023-10-05;terug_in_klas;HAVO;2;nee;0599",
            "1002;11AA00;12-10-2023;motivatie_burnout;;;VMBO-K;3;ja;0502");
        await ingestion.IngestAsync(IngestSource.Schools, null, CancellationToken.None);

        var loader = new WarehouseLoader();
        var first = await loader.LoadAsync(lake, _db!.ConnectionString, null, CancellationToken.None);
        Assert.Equal("succeeded", first.Status);
        Assert.Equal(2, first.RowsPerEntity["trajectvoorziening"]);
        var values = await FixtureLoad.Values(_db.ConnectionString);
        // No DUO data: the school is an inferred member and the rate has no known noemer.
        Assert.Equal("2/null/null/-", values["TV_INSTROOM vestiging 11AA00 2023-2024"]);
        Assert.Equal("1/1/100/-", values["TV_TERUG_IN_KLAS vestiging 11AA00 2023-2024"]);

        var again = await loader.LoadAsync(lake, _db.ConnectionString, null, CancellationToken.None);
        Assert.Empty(again.DeliveriesLoaded);
        Assert.Empty(again.SchooljarenRecomputed);

        // A corrected re-delivery of the same logical name replaces the first one entirely.
        await Land(lake, "trajectvoorziening_11AA00_2023-2024.csv",
            "leerling_id;vestigingscode;datum_aanmelding;reden;datum_einde;uitkomst;onderwijstype;leerjaar;heeft_opp;woongemeente",
            "1001;11AA00;2023-09-05;gedrag;2023-10-05;overig;HAVO;2;nee;0599");
        await ingestion.IngestAsync(IngestSource.Schools, null, CancellationToken.None);
        var third = await loader.LoadAsync(lake, _db.ConnectionString, null, CancellationToken.None);
        Assert.Single(third.DeliveriesLoaded);
        Assert.Single(third.DeliveriesRemoved);
        values = await FixtureLoad.Values(_db.ConnectionString);
        Assert.Equal("1/null/null/-", values["TV_INSTROOM vestiging 11AA00 2023-2024"]);
        Assert.Equal("0/1/0/-", values["TV_TERUG_IN_KLAS vestiging 11AA00 2023-2024"]);
        Assert.Equal(1L, await WarehouseDb.ScalarAsync<long>(_db.ConnectionString, "SELECT count(*) FROM dw.fact_tv_registratie"));
        Assert.Equal(0L, await WarehouseDb.ScalarAsync<long>(_db.ConnectionString,
            "SELECT count(*) FROM dw.fact_tv_registratie WHERE leerling_pseudonym !~ '^[0-9a-f]{64}$' OR leerling_pseudonym LIKE '%1001%'"));
    }

    private static async Task Land(LocalFolderLake lake, string name, params string[] lines)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
        await lake.WriteAsync("landing/schools/" + name, content);
    }
}
