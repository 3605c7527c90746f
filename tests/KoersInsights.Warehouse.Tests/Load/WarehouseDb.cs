using System.Globalization;
using KoersInsights.TestSupport;
using KoersInsights.Warehouse.Migrations;
using Npgsql;

namespace KoersInsights.Warehouse.Tests.Load;

/// <summary>Small helpers over a migrated test database.</summary>
internal static class WarehouseDb
{
    public static async Task<TestDatabase> CreateMigratedAsync(string prefix)
    {
        var db = await TestDatabase.CreateAsync(prefix);
        await new Migrator(db.ConnectionString, new EmbeddedScriptProvider()).MigrateAsync();
        return db;
    }

    public static async Task<List<object?[]>> QueryAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql) => (T)(await QueryAsync(connectionString, sql))[0][0]!;

    /// <summary>
    /// md5 over every row of every dw table in a stable order, leaving out the generated keys of rows a load deletes and
    /// reinserts (facts, subregio rules: a reinserted row gets a new one); dimension keys stay in so the checksum states the content.
    /// </summary>
    public static async Task<Dictionary<string, string>> ChecksumsAsync(string connectionString)
    {
        var tables = await QueryAsync(connectionString,
            "SELECT table_name, string_agg(column_name, ', ' ORDER BY ordinal_position) FROM information_schema.columns " +
            "WHERE table_schema = 'dw' AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_schema = 'dw' AND table_type = 'BASE TABLE') " +
            "AND NOT (table_name NOT LIKE 'dim\\_%' AND table_name <> 'vestiging' AND is_identity = 'YES') GROUP BY table_name");
        var sums = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in tables)
        {
            var cols = (string)t[1]!;
            sums[(string)t[0]!] = await ScalarAsync<string>(connectionString,
                $"SELECT coalesce(md5(string_agg(r, '|' ORDER BY r)), 'empty') FROM (SELECT ({cols})::text AS r FROM dw.{t[0]}) x");
        }

        return sums;
    }

    public static string Fmt(object? value) => value switch
    {
        null => "null",
        decimal d => d.ToString("0.######", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };
}
