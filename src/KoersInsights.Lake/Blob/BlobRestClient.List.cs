using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml.Linq;
using Azure.Core;

namespace KoersInsights.Lake.Blob;

public sealed partial class BlobRestClient
{
    /// <summary>Every blob whose name starts with <paramref name="prefix"/>, following NextMarker page by page.</summary>
    public async IAsyncEnumerable<BlobProperties> GetBlobsAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? marker = null;
        do
        {
            var page = await GetBlobsPageAsync(prefix, marker, Options.ListPageSize, cancellationToken);
            foreach (var blob in page.Blobs)
            {
                yield return blob;
            }

            marker = page.NextMarker;
        }
        while (marker is not null);
    }

    /// <summary>One List Blobs page (flat listing, metadata included); blobs come in ordinal name order.</summary>
    public async Task<BlobListPage> GetBlobsPageAsync(string prefix, string? marker, int pageSize, CancellationToken cancellationToken = default)
    {
        var query = new StringBuilder("?restype=container&comp=list&include=metadata")
            .Append("&maxresults=").Append(pageSize.ToString(CultureInfo.InvariantCulture));
        if (prefix.Length > 0)
        {
            query.Append("&prefix=").Append(Uri.EscapeDataString(prefix));
        }

        if (marker is not null)
        {
            query.Append("&marker=").Append(Uri.EscapeDataString(marker));
        }

        var subject = prefix.Length == 0 ? "(whole lake)" : prefix;
        using var message = CreateMessage(RequestMethod.Get, new Uri(Address.ContainerUri + query.ToString()));
        var response = await SendAsync(message, subject, "list", cancellationToken);
        if (response.Status == 404 && ErrorCode(response) is "ContainerNotFound")
        {
            // A container that was never written to holds nothing; listing it is not an error.
            return new BlobListPage([], null);
        }

        if (response.Status != 200)
        {
            throw Failure(response, subject, "list");
        }

        return ParseListPage(XDocument.Parse(response.Content.ToString()));
    }

    private static BlobListPage ParseListPage(XDocument document)
    {
        var root = document.Root!;
        var blobs = new List<BlobProperties>();
        foreach (var blob in root.Element("Blobs")?.Elements("Blob") ?? [])
        {
            var properties = blob.Element("Properties")!;
            var metadata = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var item in blob.Element("Metadata")?.Elements() ?? [])
            {
                metadata[item.Name.LocalName.ToLowerInvariant()] = item.Value;
            }

            blobs.Add(new BlobProperties(
                BlobName(blob.Element("Name")!),
                long.Parse(properties.Element("Content-Length")?.Value ?? "0", CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(properties.Element("Last-Modified")!.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                properties.Element("Etag")?.Value ?? string.Empty,
                NullIfEmpty(properties.Element("Content-MD5")?.Value),
                NullIfEmpty(properties.Element("Content-Type")?.Value),
                metadata,
                properties.Element("LeaseState")?.Value));
        }

        return new BlobListPage(blobs, NullIfEmpty(root.Element("NextMarker")?.Value));
    }

    /// <summary>Names with characters XML cannot carry come percent-encoded with Encoded="true" (List Blobs, 2020-04-08+).</summary>
    private static string BlobName(XElement name) =>
        (string?)name.Attribute("Encoded") == "true" ? Uri.UnescapeDataString(name.Value) : name.Value;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
