using KoersInsights.Core;
using KoersInsights.Extracts.Scope;
using KoersInsights.Lake;
using Npgsql;

namespace KoersInsights.Extracts.Publishing;

/// <summary>
/// Publishes a disclosure-controlled release per gemeente to <c>&lt;prefix&gt;/&lt;release&gt;/</c> in the lake
/// (used by the PublishExtracts function and <c>./koers extract [--gemeente CODE]</c>). Refuses with one line when the
/// latest load did not pass its quality gates. The release id is a content hash: unchanged data finds its release
/// already there and writes nothing. Data files go first, <c>manifest.json</c> last with create-if-absent, so a
/// release folder with a manifest is complete.
/// </summary>
public sealed class ExtractPublisher
{
    /// <summary>The file of a release that its read link points to.</summary>
    public const string WorkbookName = "extract.xlsx";

    private readonly ExtractOptions _options;

    public ExtractPublisher(ExtractOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public async Task<ExtractRunSummary> PublishAsync(
        ILakeStore lake, string connectionString, string? gemeenteCode, IProgress<ExtractProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lake);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var recipients = Recipients(gemeenteCode);
        var warehouse = new WarehouseReader(connectionString);
        try
        {
            var load = await warehouse.LatestLoadAsync(ct);
            if (!load.GatesPassed)
            {
                throw new KoersException(
                    $"extracts not published: the latest warehouse load (run {load.LoadRunId}) did not pass its quality gates; see ./koers status");
            }

            var schooljaren = await warehouse.SchooljarenAsync(_options.Schooljaren, ct);
            var definitions = await warehouse.DefinitionsAsync(ct);
            var releases = new List<GemeenteRelease>();
            var done = 0;
            foreach (var (code, prefix) in recipients)
            {
                progress?.Report(new ExtractProgress(code, "bouwen", done, recipients.Count));
                var scope = new GemeenteScope(code, _options.GemeenteNamen.GetValueOrDefault(code, code), prefix, schooljaren,
                    await warehouse.VestigingenAsync(code, schooljaren, ct));
                var built = await ReleaseBuilder.BuildAsync(warehouse, scope, load, definitions, _options.Policy, ct);
                progress?.Report(new ExtractProgress(code, "publiceren", done, recipients.Count));
                releases.Add(await PublishAsync(lake, built, ct));
                done++;
            }

            progress?.Report(new ExtractProgress(string.Empty, "klaar", done, recipients.Count));
            return new ExtractRunSummary(load.LoadRunId, releases);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            throw new KoersException($"extracts: the warehouse is not migrated ({ex.MessageText}); run ./koers migrate and ./koers load", ex);
        }
    }

    private List<KeyValuePair<string, string>> Recipients(string? gemeenteCode)
    {
        if (gemeenteCode is null)
        {
            return _options.Recipients.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        }

        return _options.Recipients.TryGetValue(gemeenteCode.Trim(), out var prefix)
            ? [KeyValuePair.Create(gemeenteCode.Trim(), prefix)]
            : throw new KoersException(
                $"gemeente '{gemeenteCode}' receives no extracts; configured: {string.Join(", ", _options.Recipients.Keys.Order(StringComparer.Ordinal))}");
    }

    private async Task<GemeenteRelease> PublishAsync(ILakeStore lake, BuiltRelease release, CancellationToken ct)
    {
        var manifest = $"{release.LakePath}/{ReleaseBuilder.ManifestName}";
        var isNew = false;
        if (await lake.GetPropertiesAsync(manifest, ct) is null)
        {
            foreach (var file in release.Files.Where(f => f.Name != ReleaseBuilder.ManifestName))
            {
                await using var data = new MemoryStream(file.Content, writable: false);
                await lake.WriteAsync($"{release.LakePath}/{file.Name}", data, new LakeWriteOptions(file.ContentType), ct);
            }

            var manifestFile = release.Files.Single(f => f.Name == ReleaseBuilder.ManifestName);
            await using var content = new MemoryStream(manifestFile.Content, writable: false);
            isNew = await lake.TryCreateAsync(manifest, content, new LakeWriteOptions(manifestFile.ContentType), ct);
        }

        // Share links exist only on blob storage: a local lake is shared by the file system itself. The link is to
        // the workbook, which holds every table, the definitions and the suppression note: a link to the release
        // folder would need a hierarchical-namespace account (a container link would expose other gemeenten).
        Uri? link = null;
        if (lake.Location.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            link = await lake.CreateReadLinkAsync($"{release.LakePath}/{WorkbookName}", _options.LinkValidity, ct);
        }

        return new GemeenteRelease(
            release.Scope.Gemeentecode, release.Scope.Naam, release.ReleaseId, release.LakePath, isNew, link,
            release.Tables.Sum(t => t.Rows.Count),
            release.Count(Disclosure.CellStatus.Primary), release.Count(Disclosure.CellStatus.Secondary), release.Count(Disclosure.CellStatus.DuoMasked),
            release.Files.Select(f => f.Name).ToList());
    }
}
