using KoersInsights.Core;
using KoersInsights.Core.Configuration;
using KoersInsights.Lake;

namespace KoersInsights.Ingestion.Duo;

/// <summary>
/// Downloads each URL of <c>Koers:Duo:Urls</c> (duo.nl open onderwijsdata CSVs) into <c>landing/duo/&lt;file name&gt;</c>.
/// The file name is the last URL segment, so DUO's own names (with the year) drive the file kind. Unchanged
/// content lands under the same name with the same bytes; the manifest then skips it. <c>file://</c> URLs are
/// read from disk (tests, and regions that mirror DUO files internally).
/// </summary>
public sealed class HttpDuoDownloader(ILakeStore lake, HttpClient http, IReadOnlyList<Uri> urls) : IDuoDownloader
{
    /// <summary>A downloader for the configured URLs, or null when none are configured.</summary>
    public static HttpDuoDownloader? FromSettings(KoersSettings settings, ILakeStore lake, HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var urls = settings.Section("Duo:Urls").GetChildren().Select(c => c.Value).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        return urls.Count == 0 ? null : new HttpDuoDownloader(lake, http, [.. urls.Select(u => new Uri(u!))]);
    }

    public async Task<IReadOnlyList<string>> DownloadAsync(CancellationToken cancellationToken = default)
    {
        var written = new List<string>();
        foreach (var url in urls)
        {
            var name = Uri.UnescapeDataString(url.Segments[^1]);
            var path = IngestSource.Duo.LandingPrefix() + name;
            try
            {
                if (url.IsFile)
                {
                    await using var file = File.OpenRead(url.LocalPath);
                    await lake.WriteAsync(path, file, new LakeWriteOptions("text/csv"), cancellationToken);
                }
                else
                {
                    using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                    response.EnsureSuccessStatusCode();
                    await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                    await lake.WriteAsync(path, body, new LakeWriteOptions("text/csv"), cancellationToken);
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException)
            {
                throw new KoersException($"DUO download {url}: {ex.Message}", ex);
            }

            written.Add(path);
        }

        return written;
    }
}
