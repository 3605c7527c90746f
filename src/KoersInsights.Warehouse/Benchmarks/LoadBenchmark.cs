using System.Diagnostics;
using System.Globalization;
using KoersInsights.Lake.Local;
using KoersInsights.Warehouse.Embedded;
using KoersInsights.Warehouse.Load;
using Npgsql;

namespace KoersInsights.Warehouse.Benchmarks;

/// <summary>
/// Measurements for issue 6 (not run by the tests; performance lives in benchmarks):
/// (1) <paramref name="rows"/> TV registrations from bronze Parquet into dw by the real load, in rows/s, next to
/// <c>psql \copy</c> of the same rows as CSV into a plain table; (2) a full indicator recompute for a
/// national-size region (<paramref name="vestigingen"/> × <paramref name="schooljaren"/>) generated in SQL.
/// Needs a freshly migrated, otherwise empty database; psql on PATH or in pg_config's bindir.
/// </summary>
public static class LoadBenchmark
{
    public static async Task<LoadBenchmarkResult> RunAsync(
        string connectionString, long rows = 10_000_000, int vestigingen = 1_500, int schooljaren = 8, TextWriter? log = null)
    {
        log ??= TextWriter.Null;
        // psql first: its table is dropped before the load, so autovacuum of either never runs during the other.
        var psqlTime = await PsqlCopyAsync(connectionString, rows, log);
        var (loadTime, indicatorTime) = await LoadRowsAsync(connectionString, rows, log);
        var (recomputeTime, indicatorRows, factRows) = await RecomputeAsync(connectionString, vestigingen, schooljaren, log);
        return new LoadBenchmarkResult(rows, loadTime, indicatorTime, psqlTime, vestigingen, schooljaren, factRows, recomputeTime, indicatorRows);
    }

    /// <summary>
    /// Writes the rows as bronze Parquet deliveries with manifest entries into a local lake, then runs the real load
    /// (<see cref="WarehouseLoader"/>). Bronze → dw is the time until the load turns to the indicators; the indicator
    /// recompute and quality gates that complete the same load are reported separately.
    /// </summary>
    private static async Task<(TimeSpan BronzeToDw, TimeSpan IndicatorsAndGates)> LoadRowsAsync(string connectionString, long rows, TextWriter log)
    {
        var root = Directory.CreateTempSubdirectory("koers-bench-lake-").FullName;
        try
        {
            var lake = new LocalFolderLake(root);
            var deliveries = await BenchRows.WriteTvBronzeAsync(lake, rows);
            log.WriteLine($"bronze: {rows:N0} TV registrations in {deliveries} Parquet deliveries");

            var clock = Stopwatch.StartNew();
            var bronzeToDw = TimeSpan.Zero;
            var step = string.Empty;
            var progress = new Callback(p =>
            {
                if (p.Step != step)
                {
                    log.WriteLine($"  {clock.Elapsed.TotalSeconds,6:0.0} s  {p.Step}");
                    step = p.Step;
                }

                if (p.Step == "indicators" && bronzeToDw == TimeSpan.Zero)
                {
                    bronzeToDw = clock.Elapsed;
                }
            });
            var summary = await new WarehouseLoader().LoadAsync(lake, connectionString, progress, CancellationToken.None);
            var total = clock.Elapsed;
            if (summary.RowsPerEntity.GetValueOrDefault("trajectvoorziening") != rows)
            {
                throw new InvalidOperationException($"the load took {summary.RowsPerEntity.GetValueOrDefault("trajectvoorziening"):N0} of {rows:N0} rows");
            }

            log.WriteLine($"bronze → dw: {rows:N0} rows in {bronzeToDw.TotalSeconds:0.0} s; indicators and gates of the same load: {(total - bronzeToDw).TotalSeconds:0.0} s");
            return (bronzeToDw, total - bronzeToDw);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private sealed class Callback(Action<LoadProgress> handler) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => handler(value);
    }

    private static async Task<TimeSpan> PsqlCopyAsync(string connectionString, long rows, TextWriter log)
    {
        var csv = Path.Combine(Path.GetTempPath(), $"koers-bench-{Guid.NewGuid():N}.csv");
        try
        {
            await BenchRows.WriteTvCsvAsync(csv, rows);
            var b = new NpgsqlConnectionStringBuilder(connectionString);
            await using (var connection = new NpgsqlConnection(connectionString))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"DROP TABLE IF EXISTS public.bench_copy; CREATE TABLE public.bench_copy ({BenchRows.TvCsvColumns})", connection);
                await create.ExecuteNonQueryAsync();
            }

            var psql = File.Exists("/usr/bin/psql") ? "/usr/bin/psql" : Path.Combine(PostgresBinaries.Find().Directory, "psql");
            var start = new ProcessStartInfo(psql)
            {
                ArgumentList = { "-h", b.Host!, "-p", b.Port.ToString(CultureInfo.InvariantCulture), "-U", b.Username!, "-d", b.Database!, "-v", "ON_ERROR_STOP=1", "-c", $"\\copy public.bench_copy FROM '{csv}' CSV" },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            if (b.Password is { } password)
            {
                start.Environment["PGPASSWORD"] = password;
            }

            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var elapsed = clock.Elapsed;
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"psql \\copy failed: {error}");
            }

            log.WriteLine($"psql \\copy of the same rows (CSV): {elapsed.TotalSeconds:0.0} s");
            await using (var connection = new NpgsqlConnection(connectionString))
            {
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand("DROP TABLE public.bench_copy", connection);
                await drop.ExecuteNonQueryAsync();
            }

            return elapsed;
        }
        finally
        {
            File.Delete(csv);
        }
    }

    private static async Task<(TimeSpan Elapsed, long IndicatorRows, long FactRows)> RecomputeAsync(
        string connectionString, int vestigingen, int schooljaren, TextWriter log)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var generate = new NpgsqlCommand(BenchRows.NationalRegionSql(vestigingen, schooljaren), connection) { CommandTimeout = 0 })
        {
            await generate.ExecuteNonQueryAsync();
        }

        long factRows;
        await using (var count = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM dw.fact_tv_registratie) + (SELECT count(*) FROM dw.fact_opp) + (SELECT count(*) FROM dw.fact_verzuim) + " +
            "(SELECT count(*) FROM dw.fact_doorstroom) + (SELECT count(*) FROM dw.fact_tlv_aanvraag) + (SELECT count(*) FROM dw.fact_duo_leerlingen)", connection))
        {
            factRows = (long)(await count.ExecuteScalarAsync())!;
        }

        log.WriteLine($"national region: {vestigingen:N0} vestigingen × {schooljaren} schooljaren, {factRows:N0} fact rows");
        var clock = Stopwatch.StartNew();
        await using var recompute = new NpgsqlCommand(
            $"SELECT dw.recompute_indicators(ARRAY(SELECT generate_series(2016, {2016 + schooljaren - 1})))", connection)
        { CommandTimeout = 0 };
        var indicatorRows = (long)(await recompute.ExecuteScalarAsync())!;
        var elapsed = clock.Elapsed;
        log.WriteLine($"full indicator recompute: {indicatorRows:N0} rows in {elapsed.TotalSeconds:0.0} s");
        return (elapsed, indicatorRows, factRows);
    }
}

/// <summary>Numbers of one <see cref="LoadBenchmark"/> run.</summary>
public sealed record LoadBenchmarkResult(
    long Rows, TimeSpan BronzeToDw, TimeSpan IndicatorsAndGates, TimeSpan PsqlCopy, int Vestigingen, int Schooljaren, long FactRows,
    TimeSpan Recompute, long IndicatorRows)
{
    public double LoadRowsPerSecond => Rows / BronzeToDw.TotalSeconds;

    public double RatioToPsqlCopy => BronzeToDw.TotalSeconds / PsqlCopy.TotalSeconds;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"load {Rows:N0} rows bronze Parquet → dw: {BronzeToDw.TotalSeconds:0.0} s = {LoadRowsPerSecond:N0} rows/s " +
        $"(the same load's indicator recompute and quality gates: {IndicatorsAndGates.TotalSeconds:0.0} s); " +
        $"psql \\copy: {PsqlCopy.TotalSeconds:0.0} s ({Rows / PsqlCopy.TotalSeconds:N0} rows/s); ratio {RatioToPsqlCopy:0.00}; " +
        $"recompute {Vestigingen:N0} vestigingen × {Schooljaren} schooljaren ({FactRows:N0} fact rows): {Recompute.TotalSeconds:0.0} s, {IndicatorRows:N0} indicator rows");
}
