using Npgsql;

namespace KoersInsights.Warehouse.Migrations;

/// <summary>Remembers which scripts were applied, with their checksums.</summary>
public interface IJournal
{
    Task EnsureExistsAsync(NpgsqlConnection connection, CancellationToken cancellationToken);

    /// <summary>Script name → checksum of every journaled script.</summary>
    Task<IReadOnlyDictionary<string, string>> GetAppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken);

    /// <summary>Records a script inside the script's own transaction, so script and journal commit together.</summary>
    Task RecordAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, SqlScript script, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Forgets run-always scripts whose file was removed.</summary>
    Task ForgetAsync(NpgsqlConnection connection, string scriptName, CancellationToken cancellationToken);
}
