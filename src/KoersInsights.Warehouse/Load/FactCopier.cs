using KoersInsights.Core;
using Npgsql;
using NpgsqlTypes;

namespace KoersInsights.Warehouse.Load;

/// <summary>
/// Binary COPY of row-grain bronze deliveries (one dw row per bronze row) straight into their dw fact table, with
/// the surrogate keys resolved here. A pass through stg followed by INSERT … SELECT wrote every row twice and cost
/// more than the COPY itself (issue 6 benchmark: stg → dw was 108 of 146 s for 10M rows).
/// The load first reads each delivery's natural keys (<see cref="KeyColumns"/>) into stg.fact_key, dw.load_staged
/// makes them dimension members, then <see cref="LoadKeysAsync"/> reads the keys and <see cref="CopyAsync"/> copies.
/// dw columns take their value by name: the key columns below (schooljaar_key too, looked up in dw.dim_schooljaar),
/// the delivery's id and schooljaar, else the bronze column of the same name.
/// </summary>
internal sealed class FactCopier
{
    /// <summary>Bronze entity → its dw fact table; every other entity goes through stg (see dw.load_staged).</summary>
    public static readonly IReadOnlyDictionary<string, string> FactTables = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["trajectvoorziening"] = "fact_tv_registratie",
        ["observatie"] = "fact_observatie",
        ["opp"] = "fact_opp",
        ["ondersteuning"] = "fact_ondersteuning",
        ["verzuim"] = "fact_verzuim",
        ["doorstroom"] = "fact_doorstroom",
        ["tlv"] = "fact_tlv_aanvraag",
        ["consultatie"] = "fact_consultatie",
        ["middelen"] = "fact_middelen",
        ["enquete"] = "fact_enquete_antwoord",
    };

    /// <summary>Bronze columns holding natural keys that must be dimension members before the rows arrive.</summary>
    public static readonly IReadOnlySet<string> KeyColumns = new HashSet<string>(StringComparer.Ordinal)
    {
        "vestigingscode", "woongemeente", "bestuur", "vraag_code",
    };

    private readonly Dictionary<string, List<FactColumn>> _tables;
    private Dictionary<string, int> _vestiging = [];
    private Dictionary<string, int> _bestuur = [];
    private Dictionary<string, int> _vraag = [];
    private Dictionary<string, int> _schooljaar = [];

    private FactCopier(Dictionary<string, List<FactColumn>> tables) => _tables = tables;

    public static async Task<FactCopier> CreateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var tables = new Dictionary<string, List<FactColumn>>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand(
            "SELECT table_name, column_name, data_type, is_nullable = 'YES' FROM information_schema.columns " +
            "WHERE table_schema = 'dw' AND table_name = ANY ($1) AND is_identity = 'NO' ORDER BY table_name, ordinal_position",
            connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = FactTables.Values.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var table = reader.GetString(0);
            if (!tables.TryGetValue(table, out var columns))
            {
                tables[table] = columns = [];
            }

            columns.Add(new FactColumn(reader.GetString(1), reader.GetString(2), reader.GetBoolean(3)));
        }

        return new FactCopier(tables);
    }

    public static bool Uses(string entity) => FactTables.ContainsKey(entity);

    /// <summary>Natural keys of the deliveries into stg.fact_key (kind = bronze column).</summary>
    public static async Task ScanKeysAsync(
        NpgsqlConnection connection, IBronzeSource bronze, IReadOnlyList<DeliveryEntry> deliveries, CancellationToken ct)
    {
        var keys = KeyColumns.ToDictionary(k => k, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var delivery in deliveries)
        {
            await foreach (var batch in bronze.ReadColumnsAsync(delivery, KeyColumns, ct).WithCancellation(ct))
            {
                foreach (var column in batch.Columns)
                {
                    if (column.Values is string?[] codes)
                    {
                        var set = keys[column.Name];
                        string? previous = null;
                        foreach (var code in codes.AsSpan(0, batch.RowCount))
                        {
                            // Rows of one school come together; skipping repeats saves most hash lookups.
                            if (code is not null && !ReferenceEquals(code, previous))
                            {
                                set.Add(code);
                                previous = code;
                            }
                        }
                    }
                }
            }
        }

        await using var importer = await connection.BeginBinaryImportAsync("COPY stg.fact_key (kind, code) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var (kind, codes) in keys)
        {
            foreach (var code in codes)
            {
                await importer.WriteRowAsync(ct, kind, code);
            }
        }

        await importer.CompleteAsync(ct);
    }

    /// <summary>Surrogate keys of the dimension members, read after dw.load_staged created the missing ones.</summary>
    public async Task LoadKeysAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        _vestiging = await MapAsync(connection, transaction, "SELECT vestigingscode, vestiging_id FROM dw.vestiging", ct);
        _bestuur = await MapAsync(connection, transaction, "SELECT bestuur_nummer, bestuur_key FROM dw.dim_bestuur", ct);
        _vraag = await MapAsync(connection, transaction, "SELECT vraag_code, vraag_key FROM dw.dim_vraag", ct);
        _schooljaar = await MapAsync(connection, transaction, "SELECT schooljaar, schooljaar_key FROM dw.dim_schooljaar", ct);
    }

    public Task<long> CopyAsync(NpgsqlConnection connection, DeliveryEntry delivery, IAsyncEnumerable<ColumnBatch> batches, CancellationToken ct)
    {
        var table = FactTables[delivery.Entity];
        var columns = _tables[table];
        var copy = $"COPY dw.{table} ({string.Join(", ", columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)";
        return BinaryCopy.RunAsync(connection, copy, batches, batch => [.. columns.Select(c => WriterFor(delivery, batch, c))], ct);
    }

    private Action<NpgsqlBinaryImporter, int> WriterFor(DeliveryEntry delivery, ColumnBatch batch, FactColumn column) => column.Name switch
    {
        "vestiging_id" => KeyWriter(delivery, batch, column, "vestigingscode", _vestiging),
        "bestuur_key" => KeyWriter(delivery, batch, column, "bestuur", _bestuur),
        "vraag_key" => KeyWriter(delivery, batch, column, "vraag_code", _vraag),
        // A schooljaar dw.dim_schooljaar lacks fails the load, as the foreign key did before migration 0017.
        "schooljaar_key" => KeyWriter(delivery, batch, column, "schooljaar", _schooljaar,
            $"must be a schooljaar the warehouse knows (dw.dim_schooljaar: 2000-2001 … 2040-2041) for dw.{FactTables[delivery.Entity]}.{column.Name}"),
        "delivery_id" => (w, _) => w.Write(delivery.DeliveryId, NpgsqlDbType.Text),
        "delivery_schooljaar" => delivery.Schooljaar is { } schooljaar
            ? (w, _) => w.Write(schooljaar, NpgsqlDbType.Text)
            : throw new KoersException($"{delivery.DeliveryId}: the manifest entry has no schooljaar, which dw.{FactTables[delivery.Entity]} needs"),
        _ => ColumnWriters.For(Source(delivery, batch, column.Name), column.Type, $"{delivery.DeliveryId}.{column.Name}"),
    };

    /// <summary>A natural key → surrogate key; a code that is not a member (e.g. 'SWV' for middelen) is NULL where allowed.</summary>
    private static Action<NpgsqlBinaryImporter, int> KeyWriter(
        DeliveryEntry delivery, ColumnBatch batch, FactColumn column, string natural, Dictionary<string, int> members, string? rule = null)
    {
        rule ??= $"must name a known member for dw.{FactTables[delivery.Entity]}.{column.Name}";
        var codes = Source(delivery, batch, natural) as string?[]
            ?? throw new KoersException($"bronze column {delivery.DeliveryId}.{natural} does not hold text");
        return (w, i) =>
        {
            if (codes[i] is { } code && members.TryGetValue(code, out var key))
            {
                w.Write(key, NpgsqlDbType.Integer);
            }
            else if (column.Nullable)
            {
                w.WriteNull();
            }
            else
            {
                throw RowError(delivery, batch, i, natural, codes[i], rule);
            }
        };
    }

    private static Array Source(DeliveryEntry delivery, ColumnBatch batch, string name) =>
        batch.Columns.FirstOrDefault(c => c.Name == name)?.Values
        ?? throw new KoersException(
            $"bronze of {delivery.DeliveryId} ({delivery.BronzePath}) has no column '{name}' that dw.{FactTables[delivery.Entity]} needs (docs/lake.md)");

    private static KoersException RowError(DeliveryEntry delivery, ColumnBatch batch, int row, string column, string? value, string rule)
    {
        var line = batch.Columns.FirstOrDefault(c => c.Name == "source_line")?.Values.GetValue(row);
        return new KoersException(
            $"bronze of {delivery.DeliveryId}, line {line?.ToString() ?? "?"}, column {column}, value {(value is null ? "(empty)" : $"'{value}'")}: {rule}");
    }

    private static async Task<Dictionary<string, int>> MapAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken ct)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            map[reader.GetString(0)] = reader.GetInt32(1);
        }

        return map;
    }

    private sealed record FactColumn(string Name, string Type, bool Nullable);
}
