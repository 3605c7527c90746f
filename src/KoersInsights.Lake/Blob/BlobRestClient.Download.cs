using System.Globalization;
using Azure;
using Azure.Core;

namespace KoersInsights.Lake.Blob;

public sealed partial class BlobRestClient
{
    /// <summary>
    /// Get Blob with <c>x-ms-range</c>: at most <paramref name="length"/> bytes from <paramref name="offset"/>.
    /// With <paramref name="ifMatch"/> a blob replaced since the caller's first read fails with 412 instead of
    /// silently mixing old and new bytes.
    /// </summary>
    public async Task<BlobRangeContent> DownloadRangeAsync(
        string blobName, long offset, int length, string? ifMatch = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        using var message = CreateBlobMessage(RequestMethod.Get, blobName);
        message.Request.Headers.SetValue("x-ms-range", $"bytes={offset}-{offset + length - 1}");
        SetConditions(message.Request, new BlobRequestConditions(IfMatch: ifMatch));
        var response = await SendAsync(message, blobName, "read", cancellationToken);
        switch (response.Status)
        {
            case 200 or 206:
                var content = response.Content.ToMemory();
                return new BlobRangeContent(content, TotalLength(response, offset + content.Length), ETag(response));
            case 416:
                // The range starts at or past the end (InvalidRange): nothing to return.
                return new BlobRangeContent(ReadOnlyMemory<byte>.Empty, TotalLength(response, offset), ETag(response));
            case 412:
                throw new LakeConflictException($"{blobName}: the object was replaced while it was being read; open it again.");
            default:
                throw Failure(response, blobName, "read");
        }
    }

    /// <summary>The total from <c>Content-Range: bytes a-b/total</c>, or <paramref name="fallback"/> without one.</summary>
    private static long TotalLength(Response response, long fallback)
    {
        if (response.Headers.TryGetValue("Content-Range", out var range))
        {
            var slash = range.LastIndexOf('/');
            if (slash >= 0 && long.TryParse(range.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var total))
            {
                return total;
            }
        }

        return fallback;
    }
}
