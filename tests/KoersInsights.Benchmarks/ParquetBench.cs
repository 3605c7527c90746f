using System.Diagnostics;
using System.Globalization;
using System.Text;
using KoersInsights.Parquet.Data;
using KoersInsights.Parquet.File;
using KoersInsights.Parquet.Schema;

namespace KoersInsights.Benchmarks;

/// <summary>
/// Writes and reads a 12-column table shaped like our facts (codes, dates, ints, decimals, short strings) with our
/// codec, and has DuckDB convert the same data from CSV to snappy Parquet for a size and time comparison (issue 3:
/// write ≥ 500k rows/s per core, file ≤ 1.1 × DuckDB's). One run, wall-clock, since targets are coarse.
/// </summary>
internal static class ParquetBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var dir = Directory.CreateTempSubdirectory("koers-bench-").FullName;
        try
        {
            var (schema, columns) = FactTable(rows);
            var ours = Path.Combine(dir, "ours.parquet");

            // Warm-up on a small slice so JIT time is not measured.
            await WriteAsync(schema, [.. columns.Select(c => Slice(c, 10_000))], Path.Combine(dir, "warmup.parquet"));
            await ReadAsync(Path.Combine(dir, "warmup.parquet"));

            var (writeSeconds, writeAllocated) = await MeasureAsync(() => WriteAsync(schema, columns, ours));
            var ourBytes = new FileInfo(ours).Length;
            var (readSeconds, readAllocated) = await MeasureAsync(() => ReadAsync(ours));

            var csv = Path.Combine(dir, "facts.csv");
            WriteCsv(columns, csv);
            var duck = await DuckDbConvertAsync(csv, Path.Combine(dir, "duckdb.parquet"));

            var report = Report(rows, writeSeconds, writeAllocated, readSeconds, readAllocated, ourBytes, duck);
            Console.WriteLine(report);
            var results = Path.Combine(Machine.RepositoryRoot(), "tests", "KoersInsights.Benchmarks", "results");
            Directory.CreateDirectory(results);
            await System.IO.File.WriteAllTextAsync(Path.Combine(results, $"parquet-{rows}.md"), report);
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static (ParquetSchema Schema, DataColumn[] Columns) FactTable(int rows)
    {
        var random = new Random(2024);
        var vestigingen = Enumerable.Range(0, 600).Select(i => $"{i % 99:00}{(char)('A' + (i % 26))}{(char)('A' + (i / 26 % 26))}{i % 7:00}").ToArray();
        var gemeenten = Enumerable.Range(0, 40).Select(i => (300 + (i * 37)).ToString("0000", CultureInfo.InvariantCulture)).ToArray();
        var indicatoren = Enumerable.Range(0, 25).Select(i => $"ind_{i:00}_instroom").ToArray();
        var categorieen = new[] { "vmbo-b", "vmbo-k", "vmbo-gt", "havo", "vwo", "pro", "vso" };
        var fields = new DataField[]
        {
            new DataField<string>("vestigingscode", false),
            new DataField<string>("schooljaar", false),
            new DataField<string>("gemeente_code", false),
            new DataField<string>("indicator_code", false),
            new DataField<DateOnly>("peildatum"),
            new DataField<DateOnly?>("einddatum"),
            new DataField<int>("leerjaar"),
            new DataField<int?>("aantal"),
            new DataField<long>("source_line"),
            new DecimalDataField("uren", 9, 2, isNullable: true),
            new DecimalDataField("bedrag", 14, 2),
            new DataField<string>("categorie"),
        };
        var vestiging = new string[rows];
        var schooljaar = new string[rows];
        var gemeente = new string[rows];
        var indicator = new string[rows];
        var peildatum = new DateOnly[rows];
        var einddatum = new DateOnly?[rows];
        var leerjaar = new int[rows];
        var aantal = new int?[rows];
        var line = new long[rows];
        var uren = new decimal?[rows];
        var bedrag = new decimal[rows];
        var categorie = new string[rows];
        var start = new DateOnly(2019, 8, 1);
        for (var i = 0; i < rows; i++)
        {
            var year = 2019 + random.Next(6);
            vestiging[i] = vestigingen[random.Next(vestigingen.Length)];
            schooljaar[i] = $"{year}-{year + 1}";
            gemeente[i] = gemeenten[random.Next(gemeenten.Length)];
            indicator[i] = indicatoren[random.Next(indicatoren.Length)];
            peildatum[i] = start.AddDays(random.Next(2000));
            einddatum[i] = random.Next(4) == 0 ? null : peildatum[i].AddDays(random.Next(400));
            leerjaar[i] = random.Next(1, 7);
            aantal[i] = random.Next(10) == 0 ? null : random.Next(0, 500);
            line[i] = i + 2;
            uren[i] = random.Next(5) == 0 ? null : random.Next(0, 400_00) / 100m;
            bedrag[i] = random.NextInt64(-1_000_000_00, 10_000_000_00) / 100m;
            categorie[i] = categorieen[random.Next(categorieen.Length)];
        }

        Array[] data = [vestiging, schooljaar, gemeente, indicator, peildatum, einddatum, leerjaar, aantal, line, uren, bedrag, categorie];
        return (new ParquetSchema(fields), [.. fields.Zip(data, (f, d) => new DataColumn(f, d))]);
    }

    private static async Task WriteAsync(ParquetSchema schema, DataColumn[] columns, string path)
    {
        await using var stream = System.IO.File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream);
        await writer.WriteTableAsync(columns);
    }

    private static async Task ReadAsync(string path)
    {
        using var reader = await ParquetReader.CreateAsync(path);
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var rowGroup = reader.OpenRowGroupReader(g);
            foreach (var field in reader.Schema.DataFields)
            {
                await rowGroup.ReadColumnAsync(field);
            }
        }
    }

    private static async Task<(double Seconds, long Allocated)> MeasureAsync(Func<Task> action)
    {
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        await action();
        watch.Stop();
        return (watch.Elapsed.TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    private static DataColumn Slice(DataColumn column, int count)
    {
        var slice = Array.CreateInstance(column.Data.GetType().GetElementType()!, Math.Min(count, column.Count));
        Array.Copy(column.Data, slice, slice.Length);
        return new DataColumn(column.Field, slice);
    }

    private static void WriteCsv(DataColumn[] columns, string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine(string.Join(',', columns.Select(c => c.Field.Name)));
        var line = new StringBuilder();
        for (var r = 0; r < columns[0].Count; r++)
        {
            line.Clear();
            for (var c = 0; c < columns.Length; c++)
            {
                if (c > 0)
                {
                    line.Append(',');
                }

                line.Append(columns[c].Data.GetValue(r) switch
                {
                    null => "",
                    DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    var v => v.ToString(),
                });
            }

            writer.WriteLine(line);
        }
    }

    internal static async Task<(double Milliseconds, long Bytes)> DuckDbConvertAsync(string csv, string parquet)
    {
        var tools = Path.Combine(Machine.RepositoryRoot(), "tests", "tools");
        var start = new ProcessStartInfo("node") { WorkingDirectory = tools, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("duckdb-parquet.mjs");
        start.ArgumentList.Add("csv2parquet");
        start.ArgumentList.Add(csv);
        start.ArgumentList.Add(parquet);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        using var json = System.Text.Json.JsonDocument.Parse(output);
        return (json.RootElement.GetProperty("milliseconds").GetDouble(), json.RootElement.GetProperty("bytes").GetInt64());
    }

    private static string Report(int rows, double writeSeconds, long writeAllocated, double readSeconds, long readAllocated, long ourBytes, (double Milliseconds, long Bytes) duck)
    {
        var mb = ourBytes / 1e6;
        var c = CultureInfo.InvariantCulture;
        return string.Create(c, $"""
            # Parquet benchmark: {rows:N0} rows × 12 columns (fact-shaped)

            `dotnet run -c Release --project tests/KoersInsights.Benchmarks -- parquet {rows}` — one run, wall clock,
            after a 10k-row warm-up. Data: 4 codes, 2 dates (one nullable), 2 ints (one nullable), a long, DECIMAL(9,2)
            nullable, DECIMAL(14,2), a short string. Snappy, dictionary where it pays, one row group per 1M rows.

            | step | seconds | rows/s | MB/s (file) | bytes allocated |
            | --- | ---: | ---: | ---: | ---: |
            | our write | {writeSeconds:F3} | {rows / writeSeconds:N0} | {mb / writeSeconds:F1} | {writeAllocated:N0} |
            | our read (all columns) | {readSeconds:F3} | {rows / readSeconds:N0} | {mb / readSeconds:F1} | {readAllocated:N0} |
            | DuckDB CSV → Parquet (snappy) | {duck.Milliseconds / 1000:F3} | {rows / (duck.Milliseconds / 1000):N0} | | |

            | file | bytes | ratio to DuckDB |
            | --- | ---: | ---: |
            | ours | {ourBytes:N0} | {(double)ourBytes / duck.Bytes:F3} |
            | DuckDB | {duck.Bytes:N0} | 1.000 |

            Targets (issue 3): write ≥ 500,000 rows/s per core (our writer is single-threaded, so the rows/s above is
            per core); file size ≤ 1.1 × DuckDB's. DuckDB's time includes CSV parsing and uses all cores.

            {Machine.Describe()}
            """);
    }
}
