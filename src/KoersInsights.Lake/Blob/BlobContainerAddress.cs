using System.Text.RegularExpressions;

namespace KoersInsights.Lake.Blob;

/// <summary>
/// A container URL split into its parts. Azure uses host-style URLs (<c>https://acct.blob.core.windows.net/c</c>);
/// Azurite and other emulators use path-style ones (<c>http://127.0.0.1:10000/devstoreaccount1/c</c>).
/// </summary>
public sealed partial record BlobContainerAddress(Uri ServiceUri, string AccountName, string ContainerName)
{
    public Uri ContainerUri => new($"{ServiceUri.AbsoluteUri.TrimEnd('/')}/{ContainerName}");

    public static BlobContainerAddress Parse(string containerUrl)
    {
        if (!Uri.TryCreate(containerUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new LakeException("The lake location is not an http(s) container URL, e.g. https://<account>.blob.core.windows.net/<container>.");
        }

        if (uri.Query.Length > 0)
        {
            throw new LakeException($"{BlobQuery.WithoutQuery(uri)}: give the container URL without a query string (SAS tokens are not accepted as lake credentials).");
        }

        var segments = uri.AbsolutePath.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var authority = uri.GetLeftPart(UriPartial.Authority);
        var (service, account, container) = segments.Length switch
        {
            1 => (new Uri(authority + "/"), uri.Host.Split('.')[0], segments[0]),
            2 => (new Uri($"{authority}/{segments[0]}/"), segments[0], segments[1]),
            _ => throw new LakeException($"{uri}: expected <service>/<container> or <host>/<account>/<container>."),
        };
        if (!ValidContainerName().IsMatch(container))
        {
            throw new LakeException($"{uri}: '{container}' is not a valid container name (3–63 lower-case letters, digits and single hyphens).");
        }

        return new BlobContainerAddress(service, account, container);
    }

    /// <summary>The URL of one blob; each path segment is percent-encoded, the '/' between them kept.</summary>
    public Uri BlobUri(string blobName) =>
        new($"{ContainerUri.AbsoluteUri}/{string.Join('/', blobName.Split('/').Select(Uri.EscapeDataString))}");

    [GeneratedRegex("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    private static partial Regex ValidContainerName();
}
