using KoersInsights.Core;
using Npgsql;
using NpgsqlTypes;

namespace KoersInsights.Warehouse.Load;

/// <summary>Typed writers from a bronze column array to one binary COPY field of a given PostgreSQL type.</summary>
internal static class ColumnWriters
{
    public static Action<NpgsqlBinaryImporter, int> For(Array values, string pgType, string what) => (values, pgType) switch
    {
        (string?[] v, "text") => (w, i) => WriteRef(w, v[i], NpgsqlDbType.Text),
        (int?[] v, "integer") => (w, i) => WriteValue(w, v[i], NpgsqlDbType.Integer),
        (int[] v, "integer") => (w, i) => w.Write(v[i], NpgsqlDbType.Integer),
        (int?[] v, "smallint") => (w, i) => WriteValue(w, v[i] is { } n ? checked((short)n) : (short?)null, NpgsqlDbType.Smallint),
        (int[] v, "smallint") => (w, i) => w.Write(checked((short)v[i]), NpgsqlDbType.Smallint),
        (long?[] v, "bigint") => (w, i) => WriteValue(w, v[i], NpgsqlDbType.Bigint),
        (long[] v, "bigint") => (w, i) => w.Write(v[i], NpgsqlDbType.Bigint),
        (int?[] v, "bigint") => (w, i) => WriteValue(w, (long?)v[i], NpgsqlDbType.Bigint),
        (int[] v, "bigint") => (w, i) => w.Write((long)v[i], NpgsqlDbType.Bigint),
        (bool?[] v, "boolean") => (w, i) => WriteValue(w, v[i], NpgsqlDbType.Boolean),
        (bool[] v, "boolean") => (w, i) => w.Write(v[i], NpgsqlDbType.Boolean),
        (decimal?[] v, "numeric") => (w, i) => WriteValue(w, v[i], NpgsqlDbType.Numeric),
        (decimal[] v, "numeric") => (w, i) => w.Write(v[i], NpgsqlDbType.Numeric),
        (double?[] v, "numeric") => (w, i) => WriteValue<decimal>(w, v[i] is { } d ? (decimal)d : null, NpgsqlDbType.Numeric),
        (DateOnly?[] v, "date") => (w, i) => WriteValue(w, v[i], NpgsqlDbType.Date),
        (DateOnly[] v, "date") => (w, i) => w.Write(v[i], NpgsqlDbType.Date),
        (DateTime?[] v, "date") => (w, i) => WriteValue<DateOnly>(w, v[i] is { } d ? DateOnly.FromDateTime(d) : null, NpgsqlDbType.Date),
        (DateTime[] v, "date") => (w, i) => w.Write(DateOnly.FromDateTime(v[i]), NpgsqlDbType.Date),
        (DateTime?[] v, "timestamp with time zone") => (w, i) => WriteValue<DateTime>(w, v[i] is { } d ? AsUtc(d) : null, NpgsqlDbType.TimestampTz),
        (DateTime[] v, "timestamp with time zone") => (w, i) => w.Write(AsUtc(v[i]), NpgsqlDbType.TimestampTz),
        (DateTimeOffset?[] v, "timestamp with time zone") => (w, i) => WriteValue(w, v[i]?.UtcDateTime, NpgsqlDbType.TimestampTz),
        (DateTimeOffset[] v, "timestamp with time zone") => (w, i) => w.Write(v[i].UtcDateTime, NpgsqlDbType.TimestampTz),
        _ => throw new KoersException($"bronze column {what} holds {values.GetType().GetElementType()?.Name} values; staging expects {pgType}"),
    };

    // Bronze timestamps are UTC by contract (docs/lake.md); a reader that leaves the kind unspecified means UTC.
    private static DateTime AsUtc(DateTime d) => d.Kind == DateTimeKind.Utc ? d : DateTime.SpecifyKind(d, DateTimeKind.Utc);

    private static void WriteRef(NpgsqlBinaryImporter w, string? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            w.WriteNull();
        }
        else
        {
            w.Write(value, type);
        }
    }

    private static void WriteValue<T>(NpgsqlBinaryImporter w, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } v)
        {
            w.Write(v, type);
        }
        else
        {
            w.WriteNull();
        }
    }
}
