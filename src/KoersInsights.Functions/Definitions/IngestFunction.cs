using KoersInsights.Core;
using KoersInsights.Ingestion;

namespace KoersInsights.Functions.Definitions;

/// <summary>What the three ingestion functions share: one source, every unprocessed landing file.</summary>
public abstract class IngestFunction(IngestSource source) : IKoersFunction
{
    // One client for the process (DUO downloads); HttpClient is meant to be reused.
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromMinutes(10) };

    public abstract string Name { get; }

    public abstract string DefaultSchedule { get; }

    public async Task<FunctionResult> RunAsync(FunctionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var service = await IngestionServiceFactory.CreateAsync(
            context.Settings, context.Lake, source == IngestSource.Duo ? Http : null, cancellationToken);
        var progress = context.Progress is null
            ? null
            : new SynchronousProgress<IngestProgress>(p => context.Progress.Report(
                new FunctionProgress(Name, $"{p.Rows:N0} rows read", p.FilesDone, p.FilesTotal, "files")));
        var summary = await service.IngestAsync(source, progress, cancellationToken);
        if (summary.LockedOut)
        {
            return FunctionResult.Nothing($"another ingester is processing landing/{source.Folder()}; nothing done");
        }

        var quarantined = summary.Deliveries.Count(d => d.Status != "loaded");
        var message = summary.Deliveries.Count == 0
            ? $"no new deliveries in landing/{source.Folder()} ({summary.Skipped} already processed)"
            : $"{Counted.Of(summary.Deliveries.Count, "delivery", "deliveries")} ({quarantined} with quarantined rows), {summary.Skipped} already processed";
        var details = summary.Deliveries
            .Where(d => d.Status != "loaded")
            .Select(d => $"{d.FileName}: {d.Status.Replace('_', ' ')}, {d.RowsQuarantined} of {d.RowsDelivered} rows quarantined"
                + (d.FirstReasons.Count > 0 ? $" — {d.FirstReasons[0]}" : string.Empty)
                + $" (see quarantine/{d.DeliveryId}/)")
            .ToList();
        return new FunctionResult(summary.RowsDelivered, summary.RowsLoaded, summary.RowsQuarantined, message, Details: details);
    }
}
