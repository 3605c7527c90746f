using KoersInsights.Extracts.Publishing;

namespace KoersInsights.Functions.Definitions;

/// <summary>A disclosure-controlled release per gemeente, only after a load that passed its quality gates.</summary>
public sealed class PublishExtracts(string? gemeenteCode = null) : IKoersFunction
{
    public string Name => "PublishExtracts";

    public string DefaultSchedule => "0 0 4 * * 1";

    public async Task<FunctionResult> RunAsync(FunctionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = ExtractOptions.FromConfiguration(context.Settings.Configuration);
        var progress = context.Progress is null
            ? null
            : new SynchronousProgress<ExtractProgress>(p => context.Progress.Report(
                new FunctionProgress(Name, $"{p.Stage} {p.Gemeentecode}", p.Done, p.Total, "gemeenten")));
        var summary = await new ExtractPublisher(options).PublishAsync(
            context.Lake, context.WarehouseConnectionString, gemeenteCode, progress, cancellationToken);
        var details = summary.Releases.Select(r =>
            $"{r.Gemeentecode} {r.Naam}: {(r.IsNew ? "new release" : "unchanged")} {r.LakePath} ({r.Rows:N0} rows; suppressed {r.PrimaryCells} primary, {r.SecondaryCells} secondary, {r.DuoMaskedCells} DUO-masked)"
            + (r.ReadLink is null ? string.Empty : $" link (read-only, expires): {r.ReadLink}"))
            .ToList();
        return new FunctionResult(summary.Releases.Sum(r => (long)r.Rows), summary.NewReleases, 0, summary.ToString(), Details: details);
    }
}
