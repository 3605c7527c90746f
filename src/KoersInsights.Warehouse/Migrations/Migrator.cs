using System.Diagnostics;
using KoersInsights.Core;
using Npgsql;

namespace KoersInsights.Warehouse.Migrations;

/// <summary>
/// Applies the warehouse scripts with DbUp's conventions: run-once scripts in name order, each in its own transaction
/// together with its journal row; a changed run-once script is an error; the run-always groups (views, then post)
/// are reapplied as a whole when any of their scripts changed or when a run-once script was applied before them.
/// A run-once script first drops, in its own transaction, the views the views group creates (named by their files,
/// <c>views/NN-schema.name.sql</c>): otherwise an existing warehouse refuses any migration that changes a column a
/// view reads (0017 on a session-1 warehouse: "cannot drop column … other objects depend on it"). The group is
/// re-created right after, as it always is once a run-once script was applied.
/// A session-level advisory lock makes concurrent runs take turns; the second finds nothing left to do.
/// </summary>
public sealed class Migrator(string connectionString, IScriptProvider scripts, IJournal? journal = null)
{
    /// <summary>Advisory lock key for migrations (advisory locks are scoped to one database).</summary>
    private const long LockKey = 0x4B4F455253; // "KOERS"
    private readonly IJournal _journal = journal ?? new TableJournal();

    public async Task<IReadOnlyList<AppliedScript>> MigrateAsync(
        Action<AppliedScript>? onApplied = null, CancellationToken cancellationToken = default)
    {
        var all = scripts.GetScripts();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({LockKey})", cancellationToken);
        try
        {
            await _journal.EnsureExistsAsync(connection, cancellationToken);
            var applied = await _journal.GetAppliedAsync(connection, cancellationToken);
            var done = new List<AppliedScript>();
            foreach (var script in all.Where(s => s.Group == ScriptGroup.RunOnce))
            {
                if (applied.TryGetValue(script.Name, out var checksum))
                {
                    if (checksum != script.Checksum)
                    {
                        throw new KoersException(
                            $"sql/{script.Name} was edited after it was applied (checksum {checksum[..12]} → {script.Checksum[..12]}); " +
                            "a run-once migration never changes: restore it and add a new migration for the change");
                    }

                    continue;
                }

                done.Add(await ApplyAsync(connection, script, onApplied, cancellationToken, DropViewsSql(all)));
            }

            foreach (var group in new[] { ScriptGroup.Views, ScriptGroup.Post })
            {
                var groupScripts = all.Where(s => s.Group == group).ToList();
                var prefix = groupScripts.FirstOrDefault()?.Name.Split('/')[0] ?? (group == ScriptGroup.Views ? "views" : "post");
                var removed = applied.Keys
                    .Where(n => n.StartsWith(prefix + "/", StringComparison.Ordinal) && groupScripts.All(s => s.Name != n))
                    .ToList();
                var changed = done.Count > 0 || removed.Count > 0
                    || groupScripts.Any(s => !applied.TryGetValue(s.Name, out var c) || c != s.Checksum);
                if (!changed)
                {
                    continue;
                }

                foreach (var name in removed)
                {
                    await _journal.ForgetAsync(connection, name, cancellationToken);
                }

                foreach (var script in groupScripts)
                {
                    done.Add(await ApplyAsync(connection, script, onApplied, cancellationToken));
                }
            }

            return done;
        }
        finally
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    /// <summary>Drops whichever of the views group's views exist (a file of the group may also hold a function).</summary>
    private static string DropViewsSql(IEnumerable<SqlScript> all)
    {
        var names = all.Where(s => s.Group == ScriptGroup.Views)
            .Select(s => Path.GetFileNameWithoutExtension(s.Name).Split('-', 2)[^1].Replace("'", "''", StringComparison.Ordinal))
            .Select(n => $"'{n}'");
        return $$"""
            DO $drop$
            DECLARE
                v text;
            BEGIN
                FOR v IN SELECT c.oid::regclass::text FROM unnest(ARRAY[{{string.Join(", ", names)}}]::text[]) n
                         JOIN pg_class c ON c.oid = to_regclass(n) WHERE c.relkind = 'v'
                LOOP
                    EXECUTE format('DROP VIEW IF EXISTS %s CASCADE', v);
                END LOOP;
            END
            $drop$
            """;
    }

    private async Task<AppliedScript> ApplyAsync(
        NpgsqlConnection connection, SqlScript script, Action<AppliedScript>? onApplied, CancellationToken cancellationToken,
        string? prelude = null)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (prelude is not null)
        {
            await using var command = new NpgsqlCommand(prelude, connection, transaction) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var (offset, statement) in SqlStatementSplitter.Split(script.Contents))
        {
            try
            {
                await using var command = new NpgsqlCommand(statement, connection, transaction) { CommandTimeout = 0 };
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (PostgresException ex)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                var line = LineAt(script.Contents, offset + Math.Max(ex.Position - 1, 0));
                throw new KoersException(
                    $"sql/{script.Name} line {line}: {ex.MessageText} ({ex.SqlState}); rolled back, nothing applied from it", ex);
            }
        }

        await _journal.RecordAsync(connection, transaction, script, stopwatch.Elapsed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var result = new AppliedScript(script.Name, script.Group, stopwatch.Elapsed);
        onApplied?.Invoke(result);
        return result;
    }

    private static int LineAt(string text, int offset) => text.AsSpan(0, Math.Min(offset, text.Length)).Count('\n') + 1;

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>A script the migrator applied, and how long it took.</summary>
public sealed record AppliedScript(string Name, ScriptGroup Group, TimeSpan Duration);
