using Dapper;
using KoersInsights.Lake;
using KoersInsights.TestSupport;
using KoersInsights.Warehouse.Migrations;
using Npgsql;

namespace KoersInsights.Functions.Tests.Hosting;

public sealed class KilledLoadTests
{
    [PostgresFact]
    public async Task Kill_9_during_LoadWarehouse_leaves_nothing_visible_and_the_next_run_equals_a_clean_load()
    {
        var home = HostProcess.NewHome();
        await SmallDemoRegion.IngestAsync(home);
        await using var killed = await TestDatabase.CreateAsync("killed");
        await using var clean = await TestDatabase.CreateAsync("clean");
        await new Migrator(killed.ConnectionString, new EmbeddedScriptProvider()).MigrateAsync();
        var emptyCounts = await DwRowCountsAsync(killed);

        using (var host = HostProcess.Start(home, killed.ConnectionString, new Dictionary<string, string>(), "--run-once", "LoadWarehouse"))
        {
            await WaitForRunningLoadAsync(killed, host);
            host.KillHard();
            await host.WaitAsync(TimeSpan.FromSeconds(30));
        }

        Assert.Equal(emptyCounts, await DwRowCountsAsync(killed));

        using (var again = HostProcess.Start(home, killed.ConnectionString, new Dictionary<string, string>(), "--run-once", "LoadWarehouse"))
        {
            Assert.Equal(0, await again.WaitAsync(TimeSpan.FromMinutes(3)));
        }

        await SmallDemoRegion.LoadAsync(LakeStoreFactory.Create(Path.Combine(home, "lake"), null), clean.ConnectionString);

        Assert.Equal(await WarehouseChecksums.IndicatorsAsync(clean.ConnectionString), await WarehouseChecksums.IndicatorsAsync(killed.ConnectionString));
        await using var connection = new NpgsqlConnection(killed.ConnectionString);
        var runs = (await connection.QueryAsync<(string Status, string Message)>(
            "SELECT status, message FROM etl.function_run ORDER BY run_id")).ToList();
        Assert.Equal(["failed", "succeeded"], runs.Select(r => r.Status));
        Assert.StartsWith("interrupted", runs[0].Message, StringComparison.Ordinal);
        Directory.Delete(home, recursive: true);
    }

    private static async Task WaitForRunningLoadAsync(TestDatabase db, HostProcess host)
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !host.HasExited)
        {
            if (await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM etl.load_run WHERE status = 'running')"))
            {
                return;
            }

            await Task.Delay(20); // polling for the load to be under way
        }

        throw new TimeoutException("the load never reached 'running' before the host exited");
    }

    /// <summary>Rows per dw table: what a reader of the warehouse can see.</summary>
    private static async Task<string> DwRowCountsAsync(TestDatabase db)
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        var tables = await connection.QueryAsync<string>(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'dw' AND table_type = 'BASE TABLE' ORDER BY 1");
        var counts = new List<string>();
        foreach (var table in tables)
        {
            counts.Add($"{table}={await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM dw.\"{table}\"")}");
        }

        return string.Join(' ', counts);
    }
}
