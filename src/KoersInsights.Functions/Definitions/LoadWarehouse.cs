using KoersInsights.Core;
using KoersInsights.Core.Region;
using KoersInsights.Warehouse.Load;

namespace KoersInsights.Functions.Definitions;

/// <summary>Bronze → warehouse: dimensions, facts, indicators and quality gates, in one transaction.</summary>
public sealed class LoadWarehouse : IKoersFunction
{
    public string Name => "LoadWarehouse";

    public string DefaultSchedule => "0 0 2 * * *";

    public async Task<FunctionResult> RunAsync(FunctionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var region = SwvRegion.FromConfiguration(context.Settings.Configuration);
        var progress = context.Progress is null
            ? null
            : new SynchronousProgress<LoadProgress>(p => context.Progress.Report(
                new FunctionProgress(Name, $"{p.Step}: {p.Detail}", p.Done, p.Total == 0 ? null : p.Total, "deliveries")));
        var summary = await new WarehouseLoader(region).LoadAsync(context.Lake, context.WarehouseConnectionString, progress, cancellationToken);
        if (summary.Skipped)
        {
            return FunctionResult.Nothing(summary.ToString());
        }

        var rows = summary.RowsPerEntity.Values.Sum();
        var failedGates = summary.Gates.Where(g => !g.Passed).ToList();
        var message = $"{Counted.Of(summary.DeliveriesLoaded.Count, "delivery", "deliveries")} loaded, {summary.IndicatorRows:N0} indicator rows, " +
            $"quality gates {summary.Gates.Count - failedGates.Count}/{summary.Gates.Count} passed";
        return new FunctionResult(
            rows,
            rows,
            0,
            message,
            Failed: failedGates.Count > 0,
            Details: failedGates.Select(g => $"quality gate {g.Name} failed: {g.FailingRows:N0} rows ({g.Description})").ToList());
    }
}
