using Npgsql;

namespace KoersInsights.Warehouse.Quality;

/// <summary>Runs the SQL quality gates (sql/views/40-etl.run_quality_gates.sql) and reads the latest outcome.</summary>
public static class QualityGates
{
    public static async Task<IReadOnlyList<GateResult>> RunAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, long loadRunId, CancellationToken ct)
    {
        var results = new List<GateResult>();
        await using var command = new NpgsqlCommand(
            "SELECT gate_name, description, failing_rows, passed, sample FROM etl.run_quality_gates($1)", connection, tx)
        { CommandTimeout = 0 };
        command.Parameters.Add(new NpgsqlParameter { Value = loadRunId });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            results.Add(new GateResult(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetBoolean(3),
                reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return results;
    }
}
