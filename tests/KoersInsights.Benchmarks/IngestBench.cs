using System.Diagnostics;
using System.Globalization;
using KoersInsights.Ingestion.Bench;

namespace KoersInsights.Benchmarks;

/// <summary>
/// <c>ingest [rows]</c> (default 5,000,000): CSV → bronze for a generated verzuim delivery through the real ingestion
/// path, and DuckDB's read_csv → Parquet of the same file in the same run (issue 5).
/// </summary>
internal static class IngestBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5_000_000;
        var dir = Directory.CreateTempSubdirectory("koers-bench-ingest").FullName;
        try
        {
            var csv = Path.Combine(dir, "verzuim.csv");
            var ours = new StringWriter();
            var clock = Stopwatch.StartNew();
            await IngestBenchmark.RunAsync(rows, ours, csv);
            var total = clock.Elapsed;
            var duck = await ParquetBench.DuckDbConvertAsync(csv, Path.Combine(dir, "duckdb.parquet"));
            var report = string.Create(CultureInfo.InvariantCulture, $"""
                # Ingest benchmark: {rows:N0} verzuim rows, CSV → bronze

                `dotnet run -c Release --project tests/KoersInsights.Benchmarks -- ingest {rows}` — one run, wall clock.

                ```
                {ours.ToString().Trim()}
                ```

                | step | seconds | rows/s |
                | --- | ---: | ---: |
                | ours: generate + sniff + parse + validate + pseudonymise + Parquet + lake (total) | {total.TotalSeconds:F1} | |
                | DuckDB read_csv → Parquet (snappy), same file | {duck.Milliseconds / 1000:F1} | {rows / (duck.Milliseconds / 1000):N0} |

                DuckDB only converts (no validation, no pseudonyms, all cores); the ratio of the ingest rows/s above to
                DuckDB's is the cost of doing the job properly.

                {Machine.Describe()}
                """);
            Console.WriteLine(report);
            await File.WriteAllTextAsync(Path.Combine(Machine.RepositoryRoot(), "tests", "KoersInsights.Benchmarks", "results", $"ingest-{rows}.md"), report);
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
