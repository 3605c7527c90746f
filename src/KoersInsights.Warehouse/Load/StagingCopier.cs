using KoersInsights.Core;
using Npgsql;
using NpgsqlTypes;

namespace KoersInsights.Warehouse.Load;

/// <summary>
/// Binary COPY of bronze batches into the staging table of their entity. Columns are matched by name; a staging
/// column the bronze file lacks is a contract error (docs/lake.md), except delivery_id, which the manifest knows.
/// Values are written through typed per-column writers, so no value is boxed on the way.
/// </summary>
internal sealed class StagingCopier
{
    private static readonly string[] Lineage = ["delivery_id", "source_file", "source_line", "ingested_at"];
    private readonly Dictionary<string, List<(string Name, string Type)>> _tables;

    private StagingCopier(Dictionary<string, List<(string Name, string Type)>> tables) => _tables = tables;

    public static async Task<StagingCopier> CreateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var tables = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand(
            "SELECT table_name, column_name, data_type FROM information_schema.columns " +
            "WHERE table_schema = 'stg' AND table_name NOT IN ('delivery', 'affected_schooljaar', 'vestiging_snapshot', 'fact_key', 'load_span') " +
            "ORDER BY table_name, ordinal_position", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var table = reader.GetString(0);
            if (!tables.TryGetValue(table, out var columns))
            {
                tables[table] = columns = [];
            }

            columns.Add((reader.GetString(1), reader.GetString(2)));
        }

        return new StagingCopier(tables);
    }

    /// <summary>The staging tables, i.e. the bronze entities the warehouse uses.</summary>
    public IReadOnlyCollection<string> Entities => _tables.Keys;

    public bool Uses(string entity) => _tables.ContainsKey(entity);

    public Task<long> CopyAsync(
        NpgsqlConnection connection, DeliveryEntry delivery, IAsyncEnumerable<ColumnBatch> batches, CancellationToken ct)
    {
        var columns = _tables[delivery.Entity];
        var copy = $"COPY stg.{delivery.Entity} ({string.Join(", ", columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)";
        return BinaryCopy.RunAsync(connection, copy, batches, batch => [.. columns.Select(c => WriterFor(delivery, batch, c.Name, c.Type))], ct);
    }

    private static Action<NpgsqlBinaryImporter, int> WriterFor(DeliveryEntry delivery, ColumnBatch batch, string name, string type)
    {
        var column = batch.Columns.FirstOrDefault(c => c.Name == name);
        if (column is null)
        {
            if (name == "delivery_id")
            {
                return (w, _) => w.Write(delivery.DeliveryId, NpgsqlDbType.Text);
            }

            throw new KoersException(
                $"bronze of {delivery.DeliveryId} ({delivery.BronzePath}) has no column '{name}' that stg.{delivery.Entity} needs " +
                (Lineage.Contains(name) ? "(lineage, docs/lake.md)" : "(template column, docs/lake.md)"));
        }

        return ColumnWriters.For(column.Values, type, $"{delivery.DeliveryId}.{name}");
    }
}
