using System.Globalization;
using System.Text;
using KoersInsights.Warehouse.Quality;

namespace KoersInsights.Warehouse.Load;

/// <summary>The outcome of one warehouse load, printable for the CLI.</summary>
/// <param name="LoadRunId">Row in etl.load_run; 0 when the load was skipped because another one held the lock.</param>
/// <param name="Status">succeeded, failed (a gate failed) or skipped.</param>
public sealed record LoadSummary(
    long LoadRunId,
    string Status,
    IReadOnlyList<string> DeliveriesLoaded,
    IReadOnlyList<string> DeliveriesRemoved,
    IReadOnlyList<string> DeliveriesIgnored,
    IReadOnlyDictionary<string, long> RowsPerEntity,
    IReadOnlyList<int> SchooljarenRecomputed,
    long IndicatorRows,
    IReadOnlyList<GateResult> Gates,
    TimeSpan Duration)
{
    public bool Skipped => Status == "skipped";

    public bool GatesPassed => Gates.All(g => g.Passed);

    public static LoadSummary SkippedBecauseLocked { get; } =
        new(0, "skipped", [], [], [], new Dictionary<string, long>(), [], 0, [], TimeSpan.Zero);

    public override string ToString()
    {
        if (Skipped)
        {
            return "load skipped: another load holds the warehouse lock; it will load the same deliveries";
        }

        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"load {LoadRunId}: {Status} in {Duration.TotalSeconds:0.0} s");
        text.AppendLine(inv, $"  deliveries loaded: {DeliveriesLoaded.Count}, superseded and removed: {DeliveriesRemoved.Count}, ignored (entity not used): {DeliveriesIgnored.Count}");
        foreach (var (entity, rows) in RowsPerEntity.Where(r => r.Value > 0).OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            text.AppendLine(inv, $"  {entity,-20} {rows,12:N0} rows");
        }

        text.AppendLine(inv, $"  indicators recomputed for {SchooljarenRecomputed.Count} schooljaren: {IndicatorRows:N0} rows");
        text.AppendLine(inv, $"  quality gates: {Gates.Count(g => g.Passed)} passed, {Gates.Count(g => !g.Passed)} failed");
        foreach (var gate in Gates.Where(g => !g.Passed))
        {
            text.AppendLine(inv, $"    FAILED {gate.Name}: {gate.FailingRows:N0} rows ({gate.Description}){(gate.Sample is null ? string.Empty : " e.g. " + gate.Sample)}");
        }

        return text.ToString().TrimEnd();
    }
}
