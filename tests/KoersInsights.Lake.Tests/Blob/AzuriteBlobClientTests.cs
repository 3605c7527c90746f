using KoersInsights.Lake.Blob;
using KoersInsights.Parquet.Compression;
using KoersInsights.Parquet.Data;
using KoersInsights.Parquet.File;
using KoersInsights.Parquet.Schema;
using KoersInsights.TestSupport;

namespace KoersInsights.Lake.Tests.Blob;

/// <summary>Blob-specific behaviour beyond the shared contract: partial downloads and secret hygiene.</summary>
public sealed class AzuriteBlobClientTests : IAsyncLifetime
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

    /// <summary>The Parquet reader on a blob: footer first, then only the column chunks asked for.</summary>
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

    [AzuriteFact]
    public async Task Reading_the_last_8_bytes_of_a_10_MiB_blob_downloads_only_those()
    {
        var bytes = TestContent.Random(10 * 1024 * 1024, 10);
        await TestContent.WriteAsync(_lake, "bronze/x.parquet", bytes);

        await using var stream = (BlobRangeReadStream)await _lake.OpenReadAsync("bronze/x.parquet");
        stream.Seek(-8, SeekOrigin.End);
        var footer = new byte[8];
        await stream.ReadExactlyAsync(footer);

        Assert.Equal(bytes[^8..], footer);
        Assert.Equal(8, stream.BytesDownloaded);
        Assert.Equal(1, stream.RangeRequests);
    }

    [AzuriteFact]
    public async Task A_wrong_key_is_denied_without_the_key_in_the_message()
    {
        var wrongKey = Convert.ToBase64String(TestContent.Random(64, 3));
        var lake = AzureBlobLake.Create(_lake.Location, wrongKey);

        var e = await Assert.ThrowsAsync<LakeAccessDeniedException>(() => TestContent.WriteAsync(lake, "landing/duo/a.csv", [1]));

        Assert.Contains("landing/duo/a.csv", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongKey, e.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(wrongKey[..20], e.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(TestEnvironment.AzuriteAccountKey[..20], e.ToString(), StringComparison.Ordinal);
    }

    [AzuriteFact]
    public void A_malformed_key_or_a_SAS_in_the_location_is_refused_without_echoing_it()
    {
        var malformed = Assert.Throws<LakeException>(() => AzureBlobLake.Create(_lake.Location, "not base64 secret!!"));
        Assert.DoesNotContain("secret", malformed.Message, StringComparison.Ordinal);

        var withSas = Assert.Throws<LakeException>(() => AzureBlobLake.Create(_lake.Location + "?sv=2025-01-05&sig=c2VjcmV0", null));
        Assert.DoesNotContain("c2VjcmV0", withSas.Message, StringComparison.Ordinal);
        Assert.Equal("SharedKey(devstoreaccount1)", new StorageSharedKey("devstoreaccount1", TestEnvironment.AzuriteAccountKey).ToString());
    }

    [AzuriteFact]
    public async Task Writing_a_leased_object_without_the_lease_is_a_conflict_naming_it()
    {
        await using var lease = await _lake.TryAcquireLeaseAsync("_locks/held", TimeSpan.FromSeconds(15));
        Assert.NotNull(lease);

        var e = await Assert.ThrowsAsync<LakeConflictException>(() => TestContent.WriteAsync(_lake, "_locks/held", [1]));

        Assert.Contains("_locks/held", e.Message, StringComparison.Ordinal);
    }

    [AzuriteFact]
    public async Task Uploads_pass_through_blocks_with_per_block_hashes_and_keep_metadata()
    {
        var options = new BlobRestClientOptions { SingleUploadThreshold = 1024, BlockSize = 1000, MaxParallelBlocks = 3 };
        var client = new BlobRestClient(BlobContainerAddress.Parse(_lake.Location), new StorageSharedKey(TestEnvironment.AzuriteAccountName, TestEnvironment.AzuriteAccountKey), options);
        var bytes = TestContent.Random(10_500, 5);
        Assert.True(await client.CreateIfNotExistsAsync());
        Assert.False(await client.CreateIfNotExistsAsync());

        await client.UploadAsync("blocks/a.bin", new MemoryStream(bytes), new BlobUploadOptions("application/octet-stream", new Dictionary<string, string> { ["source"] = "duo" }));

        var properties = await client.GetPropertiesAsync("blocks/a.bin");
        Assert.NotNull(properties);
        Assert.Equal(TestContent.Md5(bytes), properties.ContentMd5);
        Assert.Equal("duo", properties.Metadata["source"]);
        Assert.Equal("application/octet-stream", properties.ContentType);
        Assert.Equal(bytes, await TestContent.ReadAllAsync(_lake, "blocks/a.bin"));
    }
}
