using Dapper;
using KoersInsights.TestSupport;
using Npgsql;

namespace KoersInsights.Functions.Tests.Hosting;

public sealed class TwoHostsTests
{
    [PostgresFact]
    public async Task Two_hosts_started_together_run_each_occurrence_of_each_function_once()
    {
        await using var db = await TestDatabase.CreateAsync("hosts");
        var home = HostProcess.NewHome();
        // Every function every 2 seconds: both hosts fire for the same occurrences.
        var every2s = new Dictionary<string, string>();
        foreach (var name in FunctionCatalog.All.Select(f => f.Name))
        {
            every2s[$"Koers__Functions__{name}__Schedule"] = "*/2 * * * * *";
        }

        using (var first = HostProcess.Start(home, db.ConnectionString, every2s))
        using (var second = HostProcess.Start(home, db.ConnectionString, every2s))
        {
            await WaitUntilAsync(db, "SELECT count(DISTINCT scheduled_for) >= 3 FROM etl.function_run WHERE function_name = 'PublishExtracts'", TimeSpan.FromSeconds(90));
        }

        await using var connection = new NpgsqlConnection(db.ConnectionString);
        var duplicates = await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM (SELECT 1 FROM etl.function_run GROUP BY function_name, scheduled_for HAVING count(*) > 1) d");
        var functionsThatRan = await connection.ExecuteScalarAsync<long>("SELECT count(DISTINCT function_name) FROM etl.function_run");
        var hostsThatRan = await connection.ExecuteScalarAsync<long>("SELECT count(DISTINCT host) FROM etl.function_run");

        Assert.Equal(0, duplicates);
        Assert.Equal(FunctionCatalog.All.Count, functionsThatRan);
        Assert.InRange(hostsThatRan, 1, 2);
        Directory.Delete(home, recursive: true);
    }

    [PostgresFact]
    public async Task List_prints_every_function_with_its_next_three_occurrences()
    {
        await using var db = await TestDatabase.CreateAsync("hosts");
        var home = HostProcess.NewHome();
        using var host = HostProcess.Start(home, db.ConnectionString, new Dictionary<string, string>(), "--list");

        Assert.Equal(0, await host.WaitAsync(TimeSpan.FromSeconds(60)));
        Directory.Delete(home, recursive: true);
    }

    private static async Task WaitUntilAsync(TestDatabase db, string condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        while (DateTime.UtcNow < deadline)
        {
            var exists = await connection.ExecuteScalarAsync<bool>("SELECT to_regclass('etl.function_run') IS NOT NULL");
            if (exists && await connection.ExecuteScalarAsync<bool>(condition))
            {
                return;
            }

            await Task.Delay(200); // polling the warehouse for the condition, not sleeping in place of it
        }

        throw new TimeoutException($"not reached within {timeout}: {condition}");
    }
}
