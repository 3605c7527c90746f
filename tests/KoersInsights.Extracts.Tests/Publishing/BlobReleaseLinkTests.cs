using KoersInsights.Extracts.Publishing;
using KoersInsights.Extracts.Tests.Fixtures;
using KoersInsights.Lake;
using KoersInsights.TestSupport;

namespace KoersInsights.Extracts.Tests.Publishing;

/// <summary>On blob storage a release comes with a read-only link that expires (reliability-privacy.md §19).</summary>
public sealed class BlobReleaseLinkTests : IClassFixture<ExtractWarehouse>
{
    private static readonly HttpClient Http = new();
    private readonly ExtractWarehouse _warehouse;

    public BlobReleaseLinkTests(ExtractWarehouse warehouse) => _warehouse = warehouse;

    [AzuriteFact]
    public async Task Release_on_blob_storage_gets_a_read_only_link_to_its_workbook()
    {
        if (TestEnvironment.PostgresConnectionString is null)
        {
            return; // the warehouse fixture needs PostgreSQL too; ./test provides both
        }

        var container = $"{TestEnvironment.AzuriteBlobEndpoint}/extracts-{Guid.NewGuid():N}"[..^16];
        var lake = LakeStoreFactory.Create(container, TestEnvironment.AzuriteAccountKey);
        var options = new ExtractOptions
        {
            Recipients = new Dictionary<string, string> { [AdversarialRegion.GemeenteA] = $"extracts/{AdversarialRegion.GemeenteA}" },
        };

        var release = Assert.Single((await new ExtractPublisher(options).PublishAsync(lake, _warehouse.ConnectionString, null, null, default)).Releases);

        Assert.NotNull(release.ReadLink);
        Assert.Contains("sp=r", release.ReadLink.Query, StringComparison.Ordinal);
        using var read = await Http.GetAsync(release.ReadLink);
        Assert.True(read.IsSuccessStatusCode, $"{(int)read.StatusCode}");
        await using var stored = await lake.OpenReadAsync($"{release.LakePath}/{ExtractPublisher.WorkbookName}");
        using var copy = new MemoryStream();
        await stored.CopyToAsync(copy);
        Assert.Equal(copy.ToArray(), await read.Content.ReadAsByteArrayAsync());
        using var write = await Http.PutAsync(release.ReadLink, new ByteArrayContent([1, 2, 3]) { Headers = { { "x-ms-blob-type", "BlockBlob" } } });
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, write.StatusCode);
    }
}
