using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KoersInsights.Ingestion.Pseudonyms;
using KoersInsights.Lake.Local;

namespace KoersInsights.Ingestion.Bench;

/// <summary>
/// CSV → bronze throughput on a generated verzuim delivery (issue 5: 5M rows), for the bench program to call.
/// Runs the real path: sniff + hash, CsvHelper parse, validation, HMAC pseudonyms, Parquet, lake write, manifest.
/// </summary>
public static class IngestBenchmark
{
    /// <summary>Generates, ingests, prints rows/s and deletes everything it created.</summary>
    public static Task RunAsync(int rows, TextWriter output) => RunAsync(rows, output, null);

    /// <summary>
    /// As <see cref="RunAsync(int, TextWriter)"/>; when <paramref name="keepCsvAt"/> is given, the generated CSV is
    /// copied there (for DuckDB's <c>read_csv</c> → Parquet on the same file, to report the ratio).
    /// </summary>
    public static async Task RunAsync(int rows, TextWriter output, string? keepCsvAt)
    {
        ArgumentNullException.ThrowIfNull(output);
        var root = Path.Combine(Path.GetTempPath(), "koers-ingest-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            const string name = "verzuim_20FR00_2023-2024.csv";
            var csv = Path.Combine(root, name);
            var generate = Stopwatch.StartNew();
            await WriteVerzuimAsync(csv, rows);
            var bytes = new FileInfo(csv).Length;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"generated {rows:N0} verzuim rows ({bytes / 1024.0 / 1024.0:F1} MiB) in {generate.Elapsed.TotalSeconds:F1} s"));
            if (keepCsvAt is not null)
            {
                File.Copy(csv, keepCsvAt, overwrite: true);
            }

            var lake = new LocalFolderLake(Path.Combine(root, "lake"));
            await using (var stream = File.OpenRead(csv))
            {
                await lake.WriteAsync(IngestSource.Schools.LandingPrefix() + name, stream);
            }

            File.Delete(csv);
            var service = new IngestionService(lake, new HmacPseudonymizer(SHA256.HashData("bench"u8)), workFolder: Path.Combine(root, "work"));
            var clock = Stopwatch.StartNew();
            var run = await service.IngestAsync(IngestSource.Schools, null, CancellationToken.None);
            var seconds = clock.Elapsed.TotalSeconds;
            var delivery = run.Deliveries.Single();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"ingested {delivery.RowsLoaded:N0} rows ({delivery.RowsQuarantined:N0} quarantined) in {seconds:F2} s: {delivery.RowsDelivered / seconds:N0} rows/s, {bytes / 1024.0 / 1024.0 / seconds:F1} MiB/s CSV"));
            var bronze = new FileInfo(Path.Combine(lake.Location, delivery.BronzePath!.Replace('/', Path.DirectorySeparatorChar)));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"bronze {bronze.Length / 1024.0 / 1024.0:F1} MiB"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>A plausible verzuim delivery: unique pupils, dates inside 2023-2024, a mix of codes and blanks.</summary>
    public static async Task WriteVerzuimAsync(string path, int rows)
    {
        string[] soorten = ["relatief_langdurig", "absoluut", "thuiszitter"];
        string[] gemeenten = ["0599", "0606", "0613", "0489", "1621", "0542", "0597", "1931", "0502"];
        var random = new Random(5);
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        await writer.WriteLineAsync("leerling_id;vestigingscode;soort;datum_start;datum_einde;woongemeente;gemeld_leerplicht");
        var start = new DateOnly(2023, 8, 21);
        var line = new StringBuilder(96);
        for (var i = 0; i < rows; i++)
        {
            var begin = start.AddDays(random.Next(300));
            line.Clear();
            line.Append(CultureInfo.InvariantCulture, $"LL{i:D8};{10 + (i % 90):D2}FR{i % 7:D2};{soorten[random.Next(3)]};");
            line.Append(begin.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(';');
            if (random.Next(3) > 0)
            {
                line.Append(begin.AddDays(random.Next(1, 60)).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
            }

            line.Append(';').Append(gemeenten[random.Next(gemeenten.Length)]).Append(';').Append(random.Next(2) == 0 ? "ja" : "nee");
            await writer.WriteLineAsync(line);
        }
    }
}
