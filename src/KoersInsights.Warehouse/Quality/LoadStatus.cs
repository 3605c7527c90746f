using Npgsql;

namespace KoersInsights.Warehouse.Quality;

/// <summary>The latest finished warehouse load (rpt.laatste_load), for <c>./koers status</c> and extract publishing.</summary>
/// <param name="FailedGates">Names of the quality gates that failed; empty when all passed.</param>
public sealed record LoadStatus(
    long LoadRunId,
    DateTimeOffset? FinishedAt,
    string Status,
    bool GatesPassed,
    int DeliveriesLoaded,
    int DeliveriesRemoved,
    long RowsLoaded,
    IReadOnlyList<string> FailedGates,
    string? Message)
{
    /// <summary>Null when no load has finished yet.</summary>
    public static async Task<LoadStatus?> ReadLatestAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT load_run_id, finished_at, status, gates_passed, deliveries_loaded, deliveries_removed, rows_loaded, failed_gates, message " +
            "FROM rpt.laatste_load", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new LoadStatus(
            reader.GetInt64(0),
            reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1),
            reader.GetString(2),
            reader.GetBoolean(3),
            reader.GetInt32(4),
            reader.GetInt32(5),
            reader.GetInt64(6),
            reader.GetFieldValue<string[]>(7),
            reader.IsDBNull(8) ? null : reader.GetString(8));
    }

    public override string ToString() =>
        $"warehouse load {LoadRunId} {Status} at {FinishedAt:yyyy-MM-dd HH:mm}: {DeliveriesLoaded} deliveries loaded, {DeliveriesRemoved} superseded; " +
        (GatesPassed ? "all quality gates passed" : "quality gates FAILED: " + string.Join(", ", FailedGates) + " (extracts are blocked)");
}
