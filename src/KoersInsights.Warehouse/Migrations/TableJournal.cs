using Npgsql;

namespace KoersInsights.Warehouse.Migrations;

/// <summary>The journal as a table, <c>etl.schema_journal</c>: one row per script (grain), the last applied version.</summary>
public sealed class TableJournal : IJournal
{
    public async Task EnsureExistsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        const string sql = """
            CREATE SCHEMA IF NOT EXISTS etl;
            -- grain: one row per migration script (its last applied version)
            CREATE TABLE IF NOT EXISTS etl.schema_journal (
                script_name  text        PRIMARY KEY,
                script_group text        NOT NULL,
                checksum     text        NOT NULL,
                applied_at   timestamptz NOT NULL DEFAULT now(),
                duration_ms  integer     NOT NULL
            );
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string>> GetAppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("SELECT script_name, checksum FROM etl.schema_journal", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetString(0)] = reader.GetString(1);
        }

        return applied;
    }

    public async Task RecordAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, SqlScript script, TimeSpan duration, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO etl.schema_journal (script_name, script_group, checksum, applied_at, duration_ms)
            VALUES ($1, $2, $3, now(), $4)
            ON CONFLICT (script_name) DO UPDATE
               SET checksum = EXCLUDED.checksum, applied_at = EXCLUDED.applied_at, duration_ms = EXCLUDED.duration_ms
            """;
        await using var command = new NpgsqlCommand(sql, connection, transaction)
        {
            Parameters =
            {
                new() { Value = script.Name },
                new() { Value = script.Group.ToString() },
                new() { Value = script.Checksum },
                new() { Value = (int)duration.TotalMilliseconds },
            },
        };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ForgetAsync(NpgsqlConnection connection, string scriptName, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("DELETE FROM etl.schema_journal WHERE script_name = $1", connection)
        {
            Parameters = { new() { Value = scriptName } },
        };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
