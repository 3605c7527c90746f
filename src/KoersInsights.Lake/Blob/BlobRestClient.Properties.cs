using System.Globalization;
using Azure;
using Azure.Core;

namespace KoersInsights.Lake.Blob;

public sealed partial class BlobRestClient
{
    private const string MetadataHeaderPrefix = "x-ms-meta-";

    /// <summary>Get Blob Properties (HEAD): size, ETag, MD5, content type, metadata, lease state; null on 404.</summary>
    public async Task<BlobProperties?> GetPropertiesAsync(string blobName, CancellationToken cancellationToken = default)
    {
        using var message = CreateBlobMessage(RequestMethod.Head, blobName);
        var response = await SendAsync(message, blobName, "get properties", cancellationToken);
        if (response.Status == 404)
        {
            return null;
        }

        if (response.Status != 200)
        {
            throw Failure(response, blobName, "get properties");
        }

        var headers = response.Headers;
        var metadata = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var header in headers)
        {
            if (header.Name.StartsWith(MetadataHeaderPrefix, StringComparison.OrdinalIgnoreCase))
            {
                metadata[header.Name[MetadataHeaderPrefix.Length..].ToLowerInvariant()] = header.Value;
            }
        }

        return new BlobProperties(
            blobName,
            headers.TryGetValue("Content-Length", out var length) ? long.Parse(length, CultureInfo.InvariantCulture) : 0,
            LastModified(response),
            ETag(response),
            headers.TryGetValue("Content-MD5", out var md5) ? md5 : null,
            headers.TryGetValue("Content-Type", out var type) ? type : null,
            metadata,
            headers.TryGetValue("x-ms-lease-state", out var leaseState) ? leaseState : null);
    }

    /// <summary>Delete Blob; false when it did not exist.</summary>
    public async Task<bool> DeleteIfExistsAsync(string blobName, BlobRequestConditions? conditions = null, CancellationToken cancellationToken = default)
    {
        using var message = CreateBlobMessage(RequestMethod.Delete, blobName);
        SetConditions(message.Request, conditions);
        var response = await SendAsync(message, blobName, "delete", cancellationToken);
        return response.Status switch
        {
            202 => true,
            404 => false,
            _ => throw Failure(response, blobName, "delete"),
        };
    }
}
