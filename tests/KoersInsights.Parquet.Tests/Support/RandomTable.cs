using System.Text;
using KoersInsights.Parquet.Data;
using KoersInsights.Parquet.Schema;

namespace KoersInsights.Parquet.Tests.Support;

/// <summary>Random flat tables from a seeded <see cref="Random"/>: every supported type, nulls, extremes, unicode.</summary>
internal static class RandomTable
{
    private static readonly Func<Random, bool, DataField>[] FieldMakers =
    [
        (_, n) => new DataField<bool>("b", n),
        (_, n) => new DataField<sbyte>("i8", n),
        (_, n) => new DataField<short>("i16", n),
        (_, n) => new DataField<int>("i32", n),
        (_, n) => new DataField<long>("i64", n),
        (_, n) => new DataField<float>("f32", n),
        (_, n) => new DataField<double>("f64", n),
        (_, n) => new DataField<string>("s", n),
        (_, n) => new DataField<byte[]>("bin", n),
        (_, n) => new DataField<DateOnly>("d", n),
        (_, n) => new DateTimeDataField("ts_utc", isAdjustedToUtc: true, isNullable: n),
        (_, n) => new DateTimeDataField("ts_local", isAdjustedToUtc: false, isNullable: n),
        (r, n) => new DecimalDataField("dec9", 9, r.Next(0, 4), n),
        (r, n) => new DecimalDataField("dec18", 18, r.Next(0, 8), n),
        (r, n) => new DecimalDataField("dec28", 28, r.Next(0, 10), n),
    ];

    public static ParquetSchema Schema(Random random, bool allTypes = false)
    {
        var fields = new List<Field>();
        for (var i = 0; i < FieldMakers.Length; i++)
        {
            if (!allTypes && random.Next(3) == 0)
            {
                continue;
            }

            var field = FieldMakers[i](random, random.Next(2) == 0);
            fields.Add(Rename(field, $"{field.Name}_{i}"));
        }

        return new ParquetSchema(fields);
    }

    public static DataColumn[] Columns(Random random, ParquetSchema schema, int rows, double nullRate = 0.2, int distinct = 0)
    {
        return [.. schema.DataFields.Select(field =>
        {
            var allNull = field.IsNullable && random.Next(8) == 0;
            var data = Array.CreateInstance(field.ClrNullableIfHasNullsType, rows);
            var pool = distinct > 0 ? Enumerable.Range(0, distinct).Select(_ => Value(random, field)).ToArray() : null;
            for (var r = 0; r < rows; r++)
            {
                var isNull = field.IsNullable && (allNull || random.NextDouble() < nullRate);
                if (!isNull)
                {
                    data.SetValue(pool is null ? Value(random, field) : pool[random.Next(pool.Length)], r);
                }
            }

            return new DataColumn(field, data);
        })];
    }

    public static object Value(Random random, DataField field)
    {
        var extreme = random.Next(10) == 0;
        switch (field.ClrType)
        {
            case var t when t == typeof(bool): return random.Next(2) == 0;
            case var t when t == typeof(sbyte): return extreme ? Pick(random, sbyte.MinValue, sbyte.MaxValue, (sbyte)0) : (sbyte)random.Next(-100, 100);
            case var t when t == typeof(short): return extreme ? Pick(random, short.MinValue, short.MaxValue, (short)0) : (short)random.Next(-3000, 3000);
            case var t when t == typeof(int): return extreme ? Pick(random, int.MinValue, int.MaxValue, 0) : random.Next(-100000, 100000);
            case var t when t == typeof(long): return extreme ? Pick(random, long.MinValue, long.MaxValue, 0L) : random.NextInt64(-10_000_000_000, 10_000_000_000);
            case var t when t == typeof(float): return extreme ? Pick(random, float.MinValue, float.MaxValue, -0f, float.Epsilon) : (float)Math.Round((random.NextDouble() - 0.5) * 1000, 3);
            case var t when t == typeof(double): return extreme ? Pick(random, double.MinValue, double.MaxValue, -0d, double.Epsilon) : (random.NextDouble() - 0.5) * 1e6;
            case var t when t == typeof(string): return Text(random, extreme);
            case var t when t == typeof(byte[]):
                {
                    var bytes = new byte[random.Next(0, extreme ? 300 : 12)];
                    random.NextBytes(bytes);
                    return bytes;
                }

            case var t when t == typeof(DateOnly):
                return extreme ? Pick(random, new DateOnly(1, 1, 1), new DateOnly(9999, 12, 31), new DateOnly(1970, 1, 1))
                    : new DateOnly(1950, 1, 1).AddDays(random.Next(0, 365 * 100));
            case var t when t == typeof(DateTime):
                {
                    var dateTimeField = (DateTimeDataField)field;
                    var kind = dateTimeField.IsAdjustedToUtc ? DateTimeKind.Utc : DateTimeKind.Unspecified;
                    var ticks = extreme
                        ? Pick(random, new DateTime(1, 1, 1).Ticks, new DateTime(9999, 12, 31, 23, 59, 59).Ticks + 9_999_990, DateTime.UnixEpoch.Ticks - 10)
                        : new DateTime(1990, 1, 1).Ticks + (random.NextInt64(0, 40L * 365 * 86_400_000_000) * 10);
                    return new DateTime(ticks, kind);
                }

            case var t when t == typeof(decimal):
                {
                    var decimalField = (DecimalDataField)field;
                    var digits = extreme ? decimalField.Precision : random.Next(1, decimalField.Precision + 1);
                    var unscaled = 0m;
                    for (var i = 0; i < digits; i++)
                    {
                        unscaled = (unscaled * 10) + (extreme ? 9 : random.Next(10));
                    }

                    var value = unscaled / Pow10(decimalField.Scale);
                    return random.Next(2) == 0 ? -value : value;
                }

            default: throw new InvalidOperationException(field.ClrType.Name);
        }
    }

    private static decimal Pow10(int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++)
        {
            result *= 10;
        }

        return result;
    }

    private static string Text(Random random, bool extreme)
    {
        if (extreme)
        {
            return random.Next(4) switch
            {
                0 => "",
                1 => new string('x', random.Next(10_000, 70_000)),
                2 => "héllo wörld ✓ 日本語 \U0001F600 \uFFFD",
                _ => "quote\"comma,newline\nend",
            };
        }

        var builder = new StringBuilder();
        var length = random.Next(0, 12);
        for (var i = 0; i < length; i++)
        {
            builder.Append((char)random.Next('a', 'z' + 1));
        }

        return builder.ToString();
    }

    private static T Pick<T>(Random random, params T[] options) => options[random.Next(options.Length)];

    private static DataField Rename(DataField field, string name) => field switch
    {
        DecimalDataField d => new DecimalDataField(name, d.Precision, d.Scale, d.IsNullable),
        DateTimeDataField t => new DateTimeDataField(name, t.IsAdjustedToUtc, t.IsNullable),
        _ => new DataField(name, field.ClrType, field.IsNullable),
    };
}
