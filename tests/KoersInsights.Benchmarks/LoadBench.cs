using System.Globalization;
using KoersInsights.Warehouse.Benchmarks;
using KoersInsights.Warehouse.Migrations;
using Npgsql;

namespace KoersInsights.Benchmarks;

/// <summary>
/// <c>load CONNECTION-STRING [rows]</c> (default 10,000,000): bronze → stg → dw against <c>psql \copy</c> of the
/// same rows, and the full indicator recompute for 1,500 vestigingen × 8 schooljaren (issue 6). Creates and drops
/// its own database on that server.
/// </summary>
internal static class LoadBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0)
        {
            await Console.Error.WriteLineAsync("usage: load <server connection string> [rows]");
            return 2;
        }

        var rows = args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 10_000_000;
        var database = "koers_bench_" + Guid.NewGuid().ToString("N")[..8];
        await ExecuteAsync(args[0], $"CREATE DATABASE {database}");
        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(args[0]) { Database = database, CommandTimeout = 0 }.ConnectionString;
            await new Migrator(connectionString, new EmbeddedScriptProvider()).MigrateAsync();
            var result = await LoadBenchmark.RunAsync(connectionString, rows, log: Console.Out);
            var report = string.Create(CultureInfo.InvariantCulture, $"""
                # Load benchmark: {rows:N0} fact rows

                `dotnet run -c Release --project tests/KoersInsights.Benchmarks -- load "<server>" {rows}` — one run.

                {result}

                Targets (issue 6): ≥ 300,000 rows/s and ≤ 1.3 × the psql copy time.

                {Machine.Describe()}
                """);
            Console.WriteLine(report);
            await File.WriteAllTextAsync(Path.Combine(Machine.RepositoryRoot(), "tests", "KoersInsights.Benchmarks", "results", $"load-{rows}.md"), report);
            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(args[0], $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
