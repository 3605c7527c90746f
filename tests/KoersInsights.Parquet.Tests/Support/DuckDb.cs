using System.Globalization;
using System.Text.Json;
using KoersInsights.Parquet.Schema;
using KoersInsights.TestSupport;

namespace KoersInsights.Parquet.Tests.Support;

/// <summary>DuckDB (tests/tools/duckdb-parquet.mjs) as the independent Parquet reader and writer.</summary>
internal static class DuckDb
{
    public static async Task<(List<(string Name, string Type)> Columns, List<string?[]> Rows)> ReadAsync(string file)
    {
        using var json = JsonDocument.Parse(await NodeTool.RunAsync("duckdb-parquet.mjs", "read", file));
        var columns = json.RootElement.GetProperty("columns").EnumerateArray()
            .Select(c => (c.GetProperty("name").GetString()!, c.GetProperty("type").GetString()!)).ToList();
        var rows = json.RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => r.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? null : v.GetString()).ToArray())
            .ToList();
        return (columns, rows);
    }

    public static Task WriteAsync(string file, string codec, int rowGroupSize, string sql, string extra = "") =>
        NodeTool.RunAsync("duckdb-parquet.mjs", "write", file, codec, rowGroupSize.ToString(CultureInfo.InvariantCulture), sql, extra);

    public static async Task<List<Dictionary<string, string?>>> MetadataAsync(string file)
    {
        using var json = JsonDocument.Parse(await NodeTool.RunAsync("duckdb-parquet.mjs", "metadata", file));
        return [.. json.RootElement.EnumerateArray().Select(row => row.EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => p.Value.GetString(),
                _ => p.Value.GetRawText(),
            }))];
    }

    /// <summary>The DuckDB type name our column type should read as.</summary>
    public static string TypeName(DataField field)
    {
        var type = field.ColumnType;
        return type.Kind switch
        {
            ValueKind.Boolean => "BOOLEAN",
            ValueKind.Int8 => "TINYINT",
            ValueKind.Int16 => "SMALLINT",
            ValueKind.Int32 => "INTEGER",
            ValueKind.Int64 => "BIGINT",
            ValueKind.Float => "FLOAT",
            ValueKind.Double => "DOUBLE",
            ValueKind.String => "VARCHAR",
            ValueKind.Bytes => "BLOB",
            ValueKind.Date => "DATE",
            ValueKind.Timestamp => type.IsAdjustedToUtc ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP",
            ValueKind.Decimal => $"DECIMAL({type.Precision},{type.Scale})",
            _ => throw new InvalidOperationException(type.Kind.ToString()),
        };
    }

    /// <summary>Whether our CLR value equals DuckDB's VARCHAR rendering of it (BLOBs arrive as hex).</summary>
    public static bool Same(object? ours, string? theirs)
    {
        if (ours is null || theirs is null)
        {
            return ours is null && theirs is null;
        }

        var invariant = CultureInfo.InvariantCulture;
        return ours switch
        {
            bool b => theirs == (b ? "true" : "false"),
            float f => Number(theirs) is var d && (float)d == f,
            double d => Number(theirs) == d,
            decimal m => decimal.Parse(theirs, NumberStyles.Float, invariant) == m,
            byte[] bytes => Convert.ToHexString(bytes) == theirs,
            DateOnly date => date.ToString("yyyy-MM-dd", invariant) == theirs,
            DateTime time => Timestamp(theirs) == time.Ticks,
            IFormattable number => number.ToString(null, invariant) == theirs,
            _ => ours.ToString() == theirs,
        };
    }

    private static double Number(string text) => text switch
    {
        "inf" or "Infinity" => double.PositiveInfinity,
        "-inf" or "-Infinity" => double.NegativeInfinity,
        "nan" or "NaN" => double.NaN,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static long Timestamp(string text)
    {
        if (text.EndsWith("+00", StringComparison.Ordinal))
        {
            text = text[..^3];
        }

        return DateTime.ParseExact(text, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF"], CultureInfo.InvariantCulture, DateTimeStyles.None).Ticks;
    }
}
