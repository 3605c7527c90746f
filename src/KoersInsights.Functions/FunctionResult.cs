namespace KoersInsights.Functions;

/// <summary>What a run did, as recorded in <c>etl.function_run</c>.</summary>
/// <param name="Failed">True when the run completed but must count as failed (e.g. a quality gate failed).</param>
/// <param name="Details">Lines a person should read (quarantined deliveries with their first reason, failed gates).</param>
public sealed record FunctionResult(
    long RowsIn,
    long RowsOut,
    long RowsQuarantined,
    string Message,
    bool Failed = false,
    IReadOnlyList<string>? Details = null)
{
    public static FunctionResult Nothing(string message) => new(0, 0, 0, message);
}
