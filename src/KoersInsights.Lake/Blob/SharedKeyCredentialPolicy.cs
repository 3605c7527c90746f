using System.Globalization;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace KoersInsights.Lake.Blob;

/// <summary>
/// Signs each request with the account key ("Authorize with Shared Key", Blob service, version 2009-09-19 and later).
/// Runs per retry so every attempt gets a fresh x-ms-date and a signature over the headers actually sent.
/// </summary>
internal sealed class SharedKeyCredentialPolicy(StorageSharedKey key) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        request.Headers.SetValue("x-ms-date", DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture));
        var signature = key.Sign(StringToSign(request, key.AccountName));
        request.Headers.SetValue("Authorization", $"SharedKey {key.AccountName}:{signature}");
    }

    internal static string StringToSign(Request request, string accountName)
    {
        // Since 2015-02-21 a zero Content-Length is signed as the empty string.
        var length = request.Content is not null && request.Content.TryComputeLength(out var n) && n > 0
            ? n.ToString(CultureInfo.InvariantCulture)
            : string.Empty;
        var builder = new StringBuilder()
            .Append(request.Method.Method).Append('\n')
            .Append(Header(request, "Content-Encoding")).Append('\n')
            .Append(Header(request, "Content-Language")).Append('\n')
            .Append(length).Append('\n')
            .Append(Header(request, "Content-MD5")).Append('\n')
            .Append(Header(request, "Content-Type")).Append('\n')
            .Append('\n') // Date: x-ms-date is used instead
            .Append(Header(request, "If-Modified-Since")).Append('\n')
            .Append(Header(request, "If-Match")).Append('\n')
            .Append(Header(request, "If-None-Match")).Append('\n')
            .Append(Header(request, "If-Unmodified-Since")).Append('\n')
            .Append(Header(request, "Range")).Append('\n');
        AppendCanonicalizedHeaders(builder, request);
        AppendCanonicalizedResource(builder, request.Uri.ToUri(), accountName);
        return builder.ToString();
    }

    private static string Header(Request request, string name) =>
        request.Headers.TryGetValue(name, out var value) ? value : string.Empty;

    private static void AppendCanonicalizedHeaders(StringBuilder builder, Request request)
    {
        var headers = request.Headers
            .Where(h => h.Name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            .Select(h => (Name: h.Name.ToLowerInvariant(), Value: h.Value.Trim()))
            .OrderBy(h => h.Name, StringComparer.Ordinal);
        foreach (var (name, value) in headers)
        {
            builder.Append(name).Append(':').Append(value).Append('\n');
        }
    }

    private static void AppendCanonicalizedResource(StringBuilder builder, Uri uri, string accountName)
    {
        // "/" + account + the encoded URI path as sent; for path-style (emulator) URLs the account appears twice.
        builder.Append('/').Append(accountName).Append(uri.AbsolutePath);
        var parameters = BlobQuery.Parse(uri.Query)
            .GroupBy(p => p.Name.ToLowerInvariant())
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in parameters)
        {
            var values = group.Select(p => p.Value).OrderBy(v => v, StringComparer.Ordinal);
            builder.Append('\n').Append(group.Key).Append(':').Append(string.Join(',', values));
        }
    }
}
