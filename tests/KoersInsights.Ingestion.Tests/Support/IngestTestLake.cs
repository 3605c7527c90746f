using System.Security.Cryptography;
using System.Text;
using KoersInsights.Ingestion.Manifest;
using KoersInsights.Ingestion.Pseudonyms;
using KoersInsights.Lake;
using KoersInsights.Lake.Local;

namespace KoersInsights.Ingestion.Tests.Support;

/// <summary>A real folder lake in a fresh temp folder, with an ingestion service over it (fixed test key).</summary>
public sealed class IngestTestLake : IDisposable
{
    public static readonly byte[] TestKey = SHA256.HashData("koers-test-key"u8.ToArray());

    public IngestTestLake()
    {
        Root = Path.Combine(Path.GetTempPath(), "koers-ingest-tests", Guid.NewGuid().ToString("N"));
        Lake = new LocalFolderLake(Path.Combine(Root, "lake"));
        Pseudonymizer = new HmacPseudonymizer(TestKey);
        Service = new IngestionService(Lake, Pseudonymizer, workFolder: Path.Combine(Root, "work"));
        Manifest = new DeliveryManifest(Lake);
    }

    public string Root { get; }

    public LocalFolderLake Lake { get; }

    public HmacPseudonymizer Pseudonymizer { get; }

    public IngestionService Service { get; }

    public DeliveryManifest Manifest { get; }

    public async Task PutAsync(IngestSource source, string fileName, byte[] content)
    {
        using var stream = new MemoryStream(content);
        await Lake.WriteAsync(source.LandingPrefix() + fileName, stream);
    }

    public Task PutAsync(IngestSource source, string fileName, string content) =>
        PutAsync(source, fileName, Encoding.UTF8.GetBytes(content));

    /// <summary>Lands one file, ingests the source and returns the summary of that one delivery.</summary>
    public async Task<DeliverySummary> IngestOneAsync(IngestSource source, string fileName, byte[] content)
    {
        await PutAsync(source, fileName, content);
        var run = await Service.IngestAsync(source, null, CancellationToken.None);
        var delivery = Assert.Single(run.Deliveries, d => d.FileName == fileName);
        AssertReconciled(delivery);
        return delivery;
    }

    public Task<DeliverySummary> IngestOneAsync(IngestSource source, string fileName, string content) =>
        IngestOneAsync(source, fileName, Encoding.UTF8.GetBytes(content));

    public async Task<string> ReadTextAsync(string path)
    {
        await using var stream = await Lake.OpenReadAsync(path);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    public async Task<byte[]> ReadBytesAsync(string path)
    {
        await using var stream = await Lake.OpenReadAsync(path);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    /// <summary>reasons.csv of a delivery as rows of its six columns (header skipped).</summary>
    public async Task<IReadOnlyList<string[]>> ReasonsAsync(string deliveryId)
    {
        var text = await ReadTextAsync(DeliveryIds.ReasonsPath(deliveryId));
        var lines = text.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("file;line;column;value;rule;message", lines[0]);
        return [.. lines.Skip(1).Select(SplitReason)];
    }

    /// <summary>Every object path with its SHA-256, for byte-identity comparisons.</summary>
    public async Task<IReadOnlyList<(string Path, string Sha256)>> SnapshotAsync()
    {
        var result = new List<(string, string)>();
        await foreach (var item in Lake.ListAsync(string.Empty))
        {
            result.Add((item.Path, Convert.ToHexString(SHA256.HashData(await ReadBytesAsync(item.Path)))));
        }

        return result;
    }

    public async Task<bool> ExistsAsync(string path) => await Lake.GetPropertiesAsync(path) is not null;

    public static void AssertReconciled(DeliverySummary delivery)
    {
        Assert.Equal(delivery.RowsDelivered, delivery.RowsLoaded + delivery.RowsQuarantined);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string[] SplitReason(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ';')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        Assert.Equal(6, fields.Count);
        return [.. fields];
    }
}
