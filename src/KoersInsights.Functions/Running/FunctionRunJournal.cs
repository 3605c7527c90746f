using Dapper;
using Npgsql;

namespace KoersInsights.Functions.Running;

/// <summary>Run history in <c>etl.function_run</c>: one row per run, written at start and completed at the end.</summary>
public sealed class FunctionRunJournal(string connectionString)
{
    /// <returns>The run id; null when <paramref name="scheduledFor"/> was already run (by another replica).</returns>
    public async Task<long?> StartAsync(
        string function, string host, FunctionTrigger trigger, DateTimeOffset? scheduledFor, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // Holding the function's lock, any 'running' row of ours is from a process that died mid-run.
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE etl.function_run
               SET status = 'failed', finished_at = now(), message = 'interrupted: the process ended during the run'
             WHERE function_name = @function AND status = 'running'
            """,
            new { function },
            cancellationToken: cancellationToken));
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            """
            INSERT INTO etl.function_run (function_name, host, trigger, started_at, status, scheduled_for)
            VALUES (@function, @host, @trigger, now(), 'running', @scheduledFor)
            ON CONFLICT (function_name, scheduled_for) WHERE scheduled_for IS NOT NULL DO NOTHING
            RETURNING run_id
            """,
            new { function, host, trigger = TriggerName(trigger), scheduledFor = scheduledFor?.UtcDateTime },
            cancellationToken: cancellationToken));
    }

    public async Task FinishAsync(long runId, string status, FunctionResult? result, string? message, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE etl.function_run
               SET finished_at = now(), status = @status, rows_in = @rowsIn, rows_out = @rowsOut,
                   rows_quarantined = @rowsQuarantined, message = @message
             WHERE run_id = @runId
            """,
            new
            {
                runId,
                status,
                rowsIn = result?.RowsIn ?? 0,
                rowsOut = result?.RowsOut ?? 0,
                rowsQuarantined = result?.RowsQuarantined ?? 0,
                message = message ?? result?.Message,
            },
            cancellationToken: cancellationToken));
    }

    /// <summary>The latest run per function (any status), newest first.</summary>
    public async Task<IReadOnlyList<FunctionRunRecord>> LatestRunsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<FunctionRunRecord>(new CommandDefinition(
            """
            SELECT DISTINCT ON (function_name)
                   run_id AS RunId, function_name AS Function, host AS Host, trigger AS Trigger, started_at AS StartedAt,
                   finished_at AS FinishedAt, status AS Status, rows_in AS RowsIn, rows_out AS RowsOut,
                   rows_quarantined AS RowsQuarantined, message AS Message
              FROM etl.function_run
             ORDER BY function_name, started_at DESC, run_id DESC
            """,
            cancellationToken: cancellationToken));
        return rows.OrderByDescending(r => r.StartedAt).ToList();
    }

    /// <summary>When the function last started a run that was not skipped; null when it never ran.</summary>
    public async Task<DateTimeOffset?> LastStartedAsync(string function, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var last = await connection.ExecuteScalarAsync<DateTime?>(new CommandDefinition(
            "SELECT max(started_at) FROM etl.function_run WHERE function_name = @function",
            new { function },
            cancellationToken: cancellationToken));
        return last is null ? null : new DateTimeOffset(DateTime.SpecifyKind(last.Value, DateTimeKind.Utc));
    }

    private static string TriggerName(FunctionTrigger trigger) => trigger switch
    {
        FunctionTrigger.Timer => "timer",
        FunctionTrigger.PastDue => "past_due",
        FunctionTrigger.Manual => "manual",
        FunctionTrigger.Startup => "startup",
        _ => throw new ArgumentOutOfRangeException(nameof(trigger)),
    };

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}

/// <summary>One row of <c>etl.function_run</c>.</summary>
public sealed record FunctionRunRecord(
    long RunId,
    string Function,
    string Host,
    string Trigger,
    DateTime StartedAt,
    DateTime? FinishedAt,
    string Status,
    long RowsIn,
    long RowsOut,
    long RowsQuarantined,
    string? Message);
