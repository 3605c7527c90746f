using System.Globalization;
using KoersInsights.TestSupport;
using KoersInsights.Warehouse.Benchmarks;
using KoersInsights.Warehouse.Tests.Load;
using Xunit.Abstractions;

namespace KoersInsights.Warehouse.Tests.Benchmarks;

/// <summary>
/// The benchmark runs small in the suite (it must keep working; no timing is asserted). For the real numbers set
/// KOERS_WAREHOUSE_BENCH_ROWS (e.g. 10000000) and run this class alone: the measured run prints its result.
/// </summary>
public sealed class LoadBenchmarkTests(ITestOutputHelper output)
{
    [PostgresFact]
    public async Task Benchmark_runs_end_to_end_on_a_small_region()
    {
        var rows = long.TryParse(Environment.GetEnvironmentVariable("KOERS_WAREHOUSE_BENCH_ROWS"), CultureInfo.InvariantCulture, out var n) ? n : 5_000;
        var national = rows > 5_000;
        await using var db = await WarehouseDb.CreateMigratedAsync("wh_bench");
        using var log = new StringWriter();
        var result = await LoadBenchmark.RunAsync(db.ConnectionString, rows, national ? 1_500 : 12, national ? 8 : 2, log);
        output.WriteLine(log.ToString());
        output.WriteLine(result.ToString());
        Assert.True(result.IndicatorRows > 0);
        Assert.Equal(rows, result.Rows);
    }
}
