using System.Diagnostics;
using KoersInsights.Ingestion.Duo;
using KoersInsights.Ingestion.Profiles;
using KoersInsights.Ingestion.Pseudonyms;
using KoersInsights.Lake;

namespace KoersInsights.Ingestion;

/// <summary>
/// The entry point of ingestion, shared by the functions host (IngestDuo, IngestSchoolDeliveries, IngestSurveys)
/// and <c>./koers ingest duo|schools|surveys [--from DIR]</c>. Build one with <see cref="IngestionServiceFactory"/>.
/// </summary>
public sealed class IngestionService
{
    /// <summary>Held while a source is ingested so a second host exits without writing (reliability-privacy.md §4).</summary>
    public static readonly TimeSpan LockDuration = TimeSpan.FromSeconds(60);

    private readonly ILakeStore _lake;
    private readonly DeliveryIngester _ingester;
    private readonly IDuoDownloader? _duoDownloader;
    private readonly TimeProvider _clock;

    public IngestionService(
        ILakeStore lake,
        IPseudonymizer pseudonymizer,
        IReadOnlyList<MappingProfile>? profiles = null,
        IDuoDownloader? duoDownloader = null,
        TimeProvider? clock = null,
        string? workFolder = null)
    {
        _lake = lake;
        _clock = clock ?? TimeProvider.System;
        _duoDownloader = duoDownloader;
        _ingester = new DeliveryIngester(lake, pseudonymizer, profiles ?? MappingProfiles.BuiltIn, _clock,
            workFolder ?? Path.Combine(Path.GetTempPath(), "koers-ingest"));
    }

    /// <summary>
    /// Processes every file in <c>landing/&lt;source&gt;/</c> whose delivery is not in the manifest yet (the manifest
    /// decides, not a time window), in path order. For DUO, downloads the configured URLs first.
    /// </summary>
    public async Task<IngestRunSummary> IngestAsync(IngestSource source, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var guard = await SourceLock.TryAcquireAsync(_lake, source, LockDuration, cancellationToken);
        if (guard is null)
        {
            return new IngestRunSummary(source, [], 0, LockedOut: true, clock.Elapsed);
        }

        if (source == IngestSource.Duo && _duoDownloader is not null)
        {
            await _duoDownloader.DownloadAsync(cancellationToken);
        }

        var files = new List<string>();
        await foreach (var item in _lake.ListAsync(source.LandingPrefix(), cancellationToken))
        {
            // Only files directly in the landing folder; sub-folders are the staff's own business.
            if (item.Path.IndexOf('/', source.LandingPrefix().Length) < 0)
            {
                files.Add(item.Path);
            }
        }

        var deliveries = new List<DeliverySummary>();
        var skipped = 0;
        long rows = 0;
        for (var i = 0; i < files.Count; i++)
        {
            progress?.Report(new IngestProgress(i, files.Count, rows, clock.Elapsed, files[i]));
            var summary = await _ingester.IngestAsync(source, files[i], n => rows += n, cancellationToken);
            if (summary is null)
            {
                skipped++;
            }
            else
            {
                deliveries.Add(summary);
            }

            await guard.RenewAsync(cancellationToken);
        }

        progress?.Report(new IngestProgress(files.Count, files.Count, rows, clock.Elapsed, null));
        return new IngestRunSummary(source, deliveries, skipped, LockedOut: false, clock.Elapsed);
    }

    /// <summary>
    /// Copies every file of <paramref name="folder"/> (not recursive) into <c>landing/&lt;source&gt;/</c>, for
    /// <c>--from DIR</c>. Files already there are overwritten; the manifest still prevents reprocessing same bytes.
    /// </summary>
    /// <returns>The landing paths written.</returns>
    public Task<IReadOnlyList<string>> CopyToLandingAsync(IngestSource source, string folder, CancellationToken cancellationToken) =>
        Landing.CopyFolderAsync(_lake, source, folder, cancellationToken);
}
