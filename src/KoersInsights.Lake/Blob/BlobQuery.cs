namespace KoersInsights.Lake.Blob;

/// <summary>Query string helpers: parsing for signing, and redaction of SAS signatures for messages.</summary>
internal static class BlobQuery
{
    public static IEnumerable<(string Name, string Value)> Parse(string query)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? string.Empty : pair[(equals + 1)..];
            yield return (Uri.UnescapeDataString(name), Uri.UnescapeDataString(value));
        }
    }

    /// <summary>The URI without its query, which is where SAS signatures live: safe for any message.</summary>
    public static string WithoutQuery(Uri uri) => uri.GetLeftPart(UriPartial.Path);

    /// <summary>Replaces the value of every <c>sig=</c> parameter in <paramref name="text"/> with REDACTED.</summary>
    public static string RedactSignature(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "(?i)([?&]sig=)[^&\\s\"']*", "$1REDACTED");
}
