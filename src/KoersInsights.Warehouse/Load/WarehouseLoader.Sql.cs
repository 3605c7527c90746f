using Npgsql;

namespace KoersInsights.Warehouse.Load;

/// <summary>The loader's small SQL helpers and its journal writes (etl.delivery_load, etl.load_run).</summary>
public sealed partial class WarehouseLoader
{
    private static async Task<HashSet<string>> InWarehouseAsync(NpgsqlConnection connection, NpgsqlTransaction tx, CancellationToken ct)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand(
            "SELECT DISTINCT ON (delivery_id) delivery_id, action FROM etl.delivery_load ORDER BY delivery_id, load_run_id DESC",
            connection, tx);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (reader.GetString(1) != "removed")
            {
                ids.Add(reader.GetString(0));
            }
        }

        return ids;
    }

    private static async Task WriteDeliveriesAsync(
        NpgsqlConnection connection, NpgsqlTransaction tx, IEnumerable<(DeliveryEntry Delivery, string Action)> rows, CancellationToken ct)
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY stg.delivery (delivery_id, action, source, entity, logical_name, schooljaar, ingested_at, sha256) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var (d, action) in rows)
        {
            await importer.WriteRowAsync(ct, d.DeliveryId, action, d.Source, d.Entity, d.LogicalName, (object?)d.Schooljaar ?? DBNull.Value,
                d.IngestedAt.UtcDateTime, d.Sha256);
        }

        await importer.CompleteAsync(ct);
        _ = tx;
    }

    private static async Task WriteSecurityScopesAsync(
        NpgsqlConnection connection, NpgsqlTransaction tx, IReadOnlyList<SecurityScope> scopes, CancellationToken ct)
    {
        await ExecuteAsync(connection, tx, "DELETE FROM dw.security_scope", ct);
        foreach (var scope in scopes.Distinct())
        {
            await ExecuteAsync(connection, tx, "INSERT INTO dw.security_scope (user_principal, scope_niveau, scope_code) VALUES ($1, $2, $3)", ct,
                scope.UserPrincipal, scope.Niveau, scope.Code);
        }
    }

    /// <summary>
    /// Schooljaren to recompute, leaving out any whose pupil rows retention may have purged (etl.retention_purge):
    /// recomputing those would replace their indicators with numbers from the little that is left.
    /// </summary>
    private static async Task<List<int>> AffectedSchooljarenAsync(NpgsqlConnection connection, NpgsqlTransaction tx, bool all, CancellationToken ct)
    {
        var affected = all
            ? "SELECT schooljaar_key FROM stg.affected_schooljaar UNION SELECT schooljaar_key FROM dw.fact_indicator"
            : "SELECT schooljaar_key FROM stg.affected_schooljaar";
        var sql = $"""
            SELECT a.schooljaar_key FROM ({affected}) a
             WHERE NOT EXISTS (SELECT 1 FROM etl.retention_purge p
                                WHERE make_date(a.schooljaar_key, 8, 1) < p.tlv_cutoff
                                   OR make_date(a.schooljaar_key + 1, 7, 31) < p.pupil_cutoff)
             ORDER BY 1
            """;
        var years = new List<int>();
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            years.Add(reader.GetInt32(0));
        }

        return years;
    }

    private static async Task RecordDeliveriesAsync(
        NpgsqlConnection connection, NpgsqlTransaction tx, long runId, IReadOnlyList<DeliveryEntry> loaded, IReadOnlyList<DeliveryEntry> removed,
        IReadOnlyList<DeliveryEntry> ignored, Dictionary<string, long> rows, CancellationToken ct)
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY etl.delivery_load (delivery_id, load_run_id, action, source, entity, logical_name, schooljaar, ingested_at, sha256, rows_loaded) " +
            "FROM STDIN (FORMAT BINARY)", ct);
        var all = loaded.Select(d => (d, "loaded")).Concat(removed.Select(d => (d, "removed"))).Concat(ignored.Select(d => (d, "ignored")));
        foreach (var (d, action) in all)
        {
            await importer.WriteRowAsync(ct, d.DeliveryId, runId, action, d.Source, d.Entity, d.LogicalName, (object?)d.Schooljaar ?? DBNull.Value,
                d.IngestedAt.UtcDateTime, d.Sha256, rows.GetValueOrDefault(d.DeliveryId));
        }

        await importer.CompleteAsync(ct);
        _ = tx;
    }

    private static async Task FinishAsync(string connectionString, long runId, string status, string message)
    {
        // A fresh connection: the load's own connection may be the thing that broke.
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(CancellationToken.None);
            await ExecuteAsync(connection, null,
                "UPDATE etl.load_run SET status = $2, finished_at = clock_timestamp(), message = $3 WHERE load_run_id = $1 AND status = 'running'",
                CancellationToken.None, runId, status, message);
        }
        catch (NpgsqlException)
        {
            // The next loader marks a run left 'running' as abandoned.
        }
    }

    private static string Where(PostgresException ex) => ex.Where is { Length: > 0 } w ? $" at {w.Split('\n')[0]}" : string.Empty;

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, string sql, CancellationToken ct, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx) { CommandTimeout = 0 };
        foreach (var p in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = p });
        }

        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, NpgsqlTransaction? tx, string sql, CancellationToken ct, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx) { CommandTimeout = 0 };
        foreach (var p in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = p });
        }

        return (T)(await command.ExecuteScalarAsync(ct))!;
    }
}
