using KoersInsights.Core;
using Npgsql;

namespace KoersInsights.Warehouse;

/// <summary>
/// Runs one query in a READ ONLY transaction and writes the result as CSV (RFC 4180: comma, header row, quotes
/// where needed, NULL as an empty field). A write attempt fails in PostgreSQL itself, not in our parsing.
/// </summary>
public static class ReadOnlyQuery
{
    public static async Task<long> WriteCsvAsync(
        string connectionString, string sql, TextWriter output, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction))
        {
            await readOnly.ExecuteNonQueryAsync(cancellationToken);
        }

        long rows = 0;
        try
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await output.WriteLineAsync(string.Join(',', Enumerable.Range(0, reader.FieldCount).Select(i => CsvText.Quote(reader.GetName(i)))));
            var fields = new string[reader.FieldCount];
            while (await reader.ReadAsync(cancellationToken))
            {
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = CsvText.Field(reader.GetValue(i));
                }

                await output.WriteLineAsync(string.Join(',', fields));
                rows++;
            }
        }
        catch (PostgresException ex)
        {
            throw new KoersException($"query failed: {ex.MessageText} ({ex.SqlState})", ex);
        }

        await transaction.RollbackAsync(CancellationToken.None);
        return rows;
    }
}
