using System.Net;
using System.Security.Cryptography;
using System.Text;
using KoersInsights.Lake.Blob;
using KoersInsights.TestSupport;

namespace KoersInsights.Lake.Tests.Blob;

/// <summary>
/// Share links as a gemeente would use them: plain HTTP against Azurite, which checks SAS signatures, permissions
/// and expiry (reliability-privacy.md item 19).
/// </summary>
public sealed class AzuriteSasTests : IAsyncLifetime
{
    private const string ExtractPath = "extracts/0363/2024-q1/verzuim.csv";
    private static readonly byte[] Extract = Encoding.UTF8.GetBytes("gemeente;aantal\n0363;12\n");
    private static readonly HttpClient Http = new();
    private AzureBlobLake _lake = null!;

    public async Task InitializeAsync()
    {
        if (TestEnvironment.AzuriteBlobEndpoint is null)
        {
            return;
        }

        _lake = AzuriteLake.Create();
        await TestContent.WriteAsync(_lake, ExtractPath, Extract);
    }

    public async Task DisposeAsync()
    {
        if (_lake is not null)
        {
            await _lake.Client.DeleteContainerIfExistsAsync();
        }
    }

    [AzuriteFact]
    public async Task Read_link_allows_reading_the_object()
    {
        var link = await _lake.CreateReadLinkAsync(ExtractPath, TimeSpan.FromHours(1));

        Assert.Equal(Extract, await Http.GetByteArrayAsync(link));
    }

    [AzuriteFact]
    public async Task Read_link_does_not_allow_writing()
    {
        var link = await _lake.CreateReadLinkAsync(ExtractPath, TimeSpan.FromHours(1));
        using var put = new HttpRequestMessage(HttpMethod.Put, link) { Content = new ByteArrayContent([1, 2, 3]) };
        put.Headers.Add("x-ms-blob-type", "BlockBlob");
        put.Headers.Add("x-ms-version", BlobServiceVersion.Current);

        using var response = await Http.SendAsync(put);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(Extract, await TestContent.ReadAllAsync(_lake, ExtractPath));
    }

    [AzuriteFact]
    public async Task Expired_link_is_refused()
    {
        var expired = _lake.Client.GenerateReadSasUri(BlobSasResource.Blob, ExtractPath, DateTimeOffset.UtcNow.AddMinutes(-1));

        using var response = await Http.GetAsync(expired);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [AzuriteFact]
    public async Task Tampered_signature_is_refused()
    {
        var link = await _lake.CreateReadLinkAsync(ExtractPath, TimeSpan.FromHours(1));

        using var response = await Http.GetAsync(Tamper(link));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [AzuriteFact]
    public async Task Link_to_one_object_does_not_open_another()
    {
        await TestContent.WriteAsync(_lake, "extracts/0344/2024-q1/verzuim.csv", [1]);
        var link = await _lake.CreateReadLinkAsync(ExtractPath, TimeSpan.FromHours(1));
        var other = new Uri(link.AbsoluteUri.Replace("/0363/", "/0344/", StringComparison.Ordinal));

        using var response = await Http.GetAsync(other);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [AzuriteFact]
    public async Task Container_link_lists_and_reads_but_a_folder_link_needs_a_hierarchical_namespace()
    {
        var container = await _lake.CreateReadLinkAsync(string.Empty, TimeSpan.FromHours(1));
        var listing = await Http.GetStringAsync(container);
        Assert.Contains(ExtractPath, listing, StringComparison.Ordinal);

        var e = await Assert.ThrowsAsync<LakeException>(() => _lake.CreateReadLinkAsync("extracts/0363/", TimeSpan.FromHours(1)));
        Assert.Contains("hierarchical namespace", e.Message, StringComparison.Ordinal);

        // With a hierarchical namespace the link is a directory SAS of depth 2; Azurite cannot verify sr=d.
        var hns = AzureBlobLake.Create(_lake.Location, TestEnvironment.AzuriteAccountKey, new AzureBlobLakeOptions { HierarchicalNamespace = true });
        var folder = await hns.CreateReadLinkAsync("extracts/0363/", TimeSpan.FromHours(1));
        Assert.Contains("sr=d&sdd=2&sp=rl", folder.Query, StringComparison.Ordinal);
    }

    [AzuriteFact]
    public async Task User_delegation_link_is_accepted_and_its_tampered_copy_refused()
    {
        var key = AzuriteDelegationKey(DateTimeOffset.UtcNow.AddHours(2));
        var link = _lake.Client.GenerateReadSasUri(BlobSasResource.Blob, ExtractPath, DateTimeOffset.UtcNow.AddHours(1), key);

        Assert.Contains("skoid=", link.Query, StringComparison.Ordinal);
        Assert.Equal(Extract, await Http.GetByteArrayAsync(link));
        using var tampered = await Http.GetAsync(Tamper(link));
        Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
    }

    /// <summary>
    /// Azurite serves Get User Delegation Key only with OAuth over https, which ./test does not start; but it checks
    /// user-delegation SAS against a key it derives deterministically (HMAC-SHA256 with its public seed over oid,
    /// tid, start, expiry, "b", version: azurite/src/blob/utils/utils.ts). Deriving the same key here tests our
    /// user-delegation string-to-sign against Azurite's verifier.
    /// </summary>
    private static UserDelegationKey AzuriteDelegationKey(DateTimeOffset expiresOn)
    {
        const string seed = "azurite-user-delegation-signing-seed-v1";
        var oid = Guid.NewGuid().ToString();
        var tid = Guid.NewGuid().ToString();
        var start = DateTimeOffset.UtcNow.AddMinutes(-5).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        var expiry = expiresOn.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        var value = HMACSHA256.HashData(Encoding.UTF8.GetBytes(seed), Encoding.UTF8.GetBytes(string.Join('\n', oid, tid, start, expiry, "b", BlobServiceVersion.Current)));
        return new UserDelegationKey(oid, tid, start, expiry, "b", BlobServiceVersion.Current, Convert.ToBase64String(value));
    }

    private static Uri Tamper(Uri link)
    {
        var text = link.AbsoluteUri;
        var sig = text.IndexOf("sig=", StringComparison.Ordinal) + 4;
        var changed = text[sig] == 'A' ? 'B' : 'A';
        return new Uri(text[..sig] + changed + text[(sig + 1)..]);
    }
}
