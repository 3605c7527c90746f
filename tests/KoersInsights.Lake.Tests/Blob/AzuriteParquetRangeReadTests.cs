using KoersInsights.Lake.Blob;
using KoersInsights.Parquet.Compression;
using KoersInsights.Parquet.Data;
using KoersInsights.Parquet.File;
using KoersInsights.Parquet.Schema;
using KoersInsights.TestSupport;

namespace KoersInsights.Lake.Tests.Blob;

/// <summary>The Parquet reader on a blob: footer first, then only the column chunks asked for (issue: lake storage).</summary>
public sealed class AzuriteParquetRangeReadTests : IAsyncLifetime
{
    private AzureBlobLake _lake = null!;

    public Task InitializeAsync()
    {
        if (TestEnvironment.AzuriteBlobEndpoint is not null)
        {
            _lake = AzuriteLake.Create();
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_lake is not null)
        {
            await _lake.Client.DeleteContainerIfExistsAsync();
        }
    }

    [AzuriteFact]
    public async Task Reading_one_small_column_of_a_parquet_blob_downloads_a_fraction_of_it()
    {
        var code = new DataField<string>("vestigingscode");
        var payload = new DataField<string>("toelichting");
        const int rows = 20_000;
        var random = new Random(7);
        var codes = Enumerable.Range(0, rows).Select(i => $"{i % 110:00}AB00").ToArray();
        var texts = Enumerable.Range(0, rows).Select(_ =>
        {
            var bytes = new byte[100];
            random.NextBytes(bytes);
            return Convert.ToHexString(bytes);
        }).ToArray();
        using var file = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(code, payload), file))
        {
            writer.CompressionMethod = CompressionMethod.None;
            using var rowGroup = writer.CreateRowGroup();
            await rowGroup.WriteColumnAsync(new DataColumn(code, codes));
            await rowGroup.WriteColumnAsync(new DataColumn(payload, texts));
        }

        file.Position = 0;
        await _lake.WriteAsync("bronze/test/x.parquet", file);

        await using var stream = (BlobRangeReadStream)await _lake.OpenReadAsync("bronze/test/x.parquet");
        using var reader = await ParquetReader.CreateAsync(stream);
        var read = await reader.OpenRowGroupReader(0).ReadColumnAsync(code);

        Assert.Equal(codes, (string[])read.Data);
        Assert.InRange(stream.BytesDownloaded, 1, file.Length / 5);
    }
}
