using System.Diagnostics;
using System.Globalization;
using KoersInsights.Warehouse.Embedded;
using KoersInsights.Warehouse.Load;
using Npgsql;

namespace KoersInsights.Warehouse.Benchmarks;

/// <summary>
/// Measurements for issue 6 (not run by the tests; performance lives in benchmarks):
/// (1) <paramref name="rows"/> TV registrations bronze batches → stg (binary COPY) → dw (dw.load_staged), in rows/s,
/// next to <c>psql \copy</c> of the same rows as CSV into a plain table; (2) a full indicator recompute for a
/// national-size region (<paramref name="vestigingen"/> × <paramref name="schooljaren"/>) generated in SQL.
/// Needs a freshly migrated, otherwise empty database; psql on PATH or in pg_config's bindir.
/// </summary>
public static class LoadBenchmark
{
    public static async Task<LoadBenchmarkResult> RunAsync(
        string connectionString, long rows = 10_000_000, int vestigingen = 1_500, int schooljaren = 8, TextWriter? log = null)
    {
        log ??= TextWriter.Null;
        var (stagingTime, transformTime) = await LoadRowsAsync(connectionString, rows, log);
        var psqlTime = await PsqlCopyAsync(connectionString, rows, log);
        var (recomputeTime, indicatorRows, factRows) = await RecomputeAsync(connectionString, vestigingen, schooljaren, log);
        return new LoadBenchmarkResult(rows, stagingTime, transformTime, psqlTime, vestigingen, schooljaren, factRows, recomputeTime, indicatorRows);
    }

    private static async Task<(TimeSpan Staging, TimeSpan Transform)> LoadRowsAsync(string connectionString, long rows, TextWriter log)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var tx = await connection.BeginTransactionAsync();
        var delivery = new DeliveryEntry("bench.0000000000000000", "schools", "trajectvoorziening", "trajectvoorziening_bench_2023-2024",
            "2023-2024", DateTimeOffset.UtcNow, new string('0', 64), "loaded", "bench");
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO stg.delivery VALUES ('bench.0000000000000000', 'load', 'schools', 'trajectvoorziening', 'trajectvoorziening_bench_2023-2024', '2023-2024', now(), repeat('0', 64))",
            connection, tx))
        {
            await insert.ExecuteNonQueryAsync();
        }

        var copier = await StagingCopier.CreateAsync(connection, tx, CancellationToken.None);
        var clock = Stopwatch.StartNew();
        await copier.CopyAsync(connection, delivery, BenchRows.TvBatchesAsync(rows), CancellationToken.None);
        var staging = clock.Elapsed;
        log.WriteLine($"bronze batches → stg: {rows:N0} rows in {staging.TotalSeconds:0.0} s");
        clock.Restart();
        await using (var load = new NpgsqlCommand("SELECT * FROM dw.load_staged()", connection, tx) { CommandTimeout = 0 })
        {
            await load.ExecuteNonQueryAsync();
        }

        var transform = clock.Elapsed;
        log.WriteLine($"stg → dw (dw.load_staged): {transform.TotalSeconds:0.0} s");
        await tx.RollbackAsync();
        return (staging, transform);
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
                await using var create = new NpgsqlCommand("DROP TABLE IF EXISTS public.bench_copy; CREATE TABLE public.bench_copy (LIKE stg.trajectvoorziening)", connection);
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
    long Rows, TimeSpan Staging, TimeSpan Transform, TimeSpan PsqlCopy, int Vestigingen, int Schooljaren, long FactRows,
    TimeSpan Recompute, long IndicatorRows)
{
    public double LoadRowsPerSecond => Rows / (Staging + Transform).TotalSeconds;

    public double RatioToPsqlCopy => (Staging + Transform).TotalSeconds / PsqlCopy.TotalSeconds;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"load {Rows:N0} rows bronze→stg→dw: {(Staging + Transform).TotalSeconds:0.0} s (stg {Staging.TotalSeconds:0.0} s, dw {Transform.TotalSeconds:0.0} s) = {LoadRowsPerSecond:N0} rows/s; " +
        $"psql \\copy: {PsqlCopy.TotalSeconds:0.0} s ({Rows / PsqlCopy.TotalSeconds:N0} rows/s); ratio {RatioToPsqlCopy:0.00}; " +
        $"recompute {Vestigingen:N0} vestigingen × {Schooljaren} schooljaren ({FactRows:N0} fact rows): {Recompute.TotalSeconds:0.0} s, {IndicatorRows:N0} indicator rows");
}
