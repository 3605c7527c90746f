using Dapper;
using KoersInsights.Functions.Definitions;
using KoersInsights.Lake;
using KoersInsights.TestSupport;
using KoersInsights.Warehouse.Load;
using KoersInsights.Warehouse.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace KoersInsights.Functions.Tests.Definitions;

public sealed class PurgeRetentionTests
{
    private const string PupilRows = """
        SELECT (SELECT count(*) FROM dw.fact_tv_registratie) + (SELECT count(*) FROM dw.fact_opp)
             + (SELECT count(*) FROM dw.fact_verzuim) + (SELECT count(*) FROM dw.fact_tlv_aanvraag)
             + (SELECT count(*) FROM dw.fact_doorstroom) + (SELECT count(*) FROM dw.fact_enquete_antwoord)
        """;

    [PostgresFact]
    public async Task Purge_removes_pupil_level_data_past_its_term_and_keeps_aggregates_and_public_data()
    {
        var home = Path.Combine(Path.GetTempPath(), "koers-purge-" + Guid.NewGuid().ToString("N"));
        var (settings, lake) = await SmallDemoRegion.IngestAsync(home);
        await using var db = await TestDatabase.CreateAsync("purge");
        await SmallDemoRegion.LoadAsync(lake, db.ConnectionString);
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        var indicators = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM dw.fact_indicator");
        var context = new FunctionContext(settings, lake, db.ConnectionString, FunctionTrigger.Manual, NullLogger.Instance);

        var before = await new PurgeRetention(new FixedClock(new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero))).RunAsync(context, CancellationToken.None);

        Assert.Equal(0, before.RowsOut);
        Assert.True(await connection.ExecuteScalarAsync<long>(PupilRows) > 0);

        var later = await new PurgeRetention(new FixedClock(new DateTimeOffset(2040, 1, 1, 0, 0, 0, TimeSpan.Zero))).RunAsync(context, CancellationToken.None);

        Assert.True(later.RowsOut > 0);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(PupilRows));
        Assert.Equal(indicators, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM dw.fact_indicator"));
        Assert.Empty(await PathsAsync(lake, "bronze/schools/opp/"));
        Assert.Empty(await PathsAsync(lake, "landing/"));
        Assert.Empty(await PathsAsync(lake, "quarantine/"));
        Assert.NotEmpty(await PathsAsync(lake, "bronze/duo/"));
        Assert.NotEmpty(await PathsAsync(lake, "bronze/schools/middelen/"));

        // Loading again after the purge recomputes nothing of the purged years: the history stays.
        var again = await new WarehouseLoader().LoadAsync(lake, db.ConnectionString, null, CancellationToken.None);
        Assert.Equal("succeeded", again.Status);
        Assert.Equal(indicators, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM dw.fact_indicator"));

        // A warehouse rebuilt from the purged lake loads what is left instead of failing on the removed files.
        await using var rebuilt = await TestDatabase.CreateAsync("purged");
        Assert.Equal("succeeded", (await SmallDemoRegion.LoadAsync(lake, rebuilt.ConnectionString)).Status);
        Directory.Delete(home, recursive: true);
    }

    private static async Task<List<string>> PathsAsync(ILakeStore lake, string prefix)
    {
        var paths = new List<string>();
        await foreach (var item in lake.ListAsync(prefix))
        {
            paths.Add(item.Path);
        }

        return paths;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
