namespace KoersInsights.Ingestion;

/// <summary>What one <see cref="IngestionService.IngestAsync"/> run did.</summary>
/// <param name="Deliveries">Deliveries processed in this run (skipped ones are not listed).</param>
/// <param name="Skipped">Landing files whose delivery was already in the manifest.</param>
/// <param name="LockedOut">True when another ingester held the source's lock; nothing was done.</param>
public sealed record IngestRunSummary(
    IngestSource Source,
    IReadOnlyList<DeliverySummary> Deliveries,
    int Skipped,
    bool LockedOut,
    TimeSpan Elapsed)
{
    public long RowsDelivered => Deliveries.Sum(d => d.RowsDelivered);

    public long RowsLoaded => Deliveries.Sum(d => d.RowsLoaded);

    public long RowsQuarantined => Deliveries.Sum(d => d.RowsQuarantined);
}

/// <summary>One processed delivery.</summary>
/// <param name="Status">loaded | partially_quarantined | quarantined (docs/lake.md).</param>
/// <param name="FirstReasons">Up to 20 reasons as one-line text (file, line, column, message, rule).</param>
public sealed record DeliverySummary(
    string DeliveryId,
    string FileName,
    string Entity,
    long RowsDelivered,
    long RowsLoaded,
    long RowsQuarantined,
    string Status,
    string? BronzePath,
    IReadOnlyList<string> FirstReasons);

/// <summary>Progress during a run: files done of total, rows read so far, time since start.</summary>
public sealed record IngestProgress(int FilesDone, int FilesTotal, long Rows, TimeSpan Elapsed, string? CurrentFile);
