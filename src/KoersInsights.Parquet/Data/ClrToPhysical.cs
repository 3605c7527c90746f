using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KoersInsights.Parquet.Schema;
using KoersInsights.Parquet.Thrift;

namespace KoersInsights.Parquet.Data;

/// <summary>Turns CLR values of a column into its physical values and definition levels (the write direction).</summary>
internal static class ClrToPhysical
{
    public static PhysicalColumn FromArray(DataField field, Array data) => data switch
    {
        bool[] a => From<bool>(field, a),
        bool?[] a => From<bool?>(field, a),
        sbyte[] a => From<sbyte>(field, a),
        sbyte?[] a => From<sbyte?>(field, a),
        short[] a => From<short>(field, a),
        short?[] a => From<short?>(field, a),
        int[] a => From<int>(field, a),
        int?[] a => From<int?>(field, a),
        long[] a => From<long>(field, a),
        long?[] a => From<long?>(field, a),
        float[] a => From<float>(field, a),
        float?[] a => From<float?>(field, a),
        double[] a => From<double>(field, a),
        double?[] a => From<double?>(field, a),
        decimal[] a => From<decimal>(field, a),
        decimal?[] a => From<decimal?>(field, a),
        DateOnly[] a => From<DateOnly>(field, a),
        DateOnly?[] a => From<DateOnly?>(field, a),
        DateTime[] a => From<DateTime>(field, a),
        DateTime?[] a => From<DateTime?>(field, a),
        string[] a => From<string>(field, a),
        byte[][] a => From<byte[]>(field, a),
        _ => throw TypeMismatch(field, data.GetType().GetElementType()!),
    };

    public static PhysicalColumn From<T>(DataField field, ReadOnlySpan<T> data)
    {
        var type = field.ColumnType;
        var name = field.Name;
        return type.Kind switch
        {
            ValueKind.Boolean => Struct<T, bool, bool>(field, data, static v => v),
            ValueKind.Int8 => Struct<T, sbyte, int>(field, data, static v => v),
            ValueKind.Int16 => Struct<T, short, int>(field, data, static v => v),
            ValueKind.Int32 => Struct<T, int, int>(field, data, static v => v),
            ValueKind.Int64 => Struct<T, long, long>(field, data, static v => v),
            ValueKind.Float => Struct<T, float, float>(field, data, static v => v),
            ValueKind.Double => Struct<T, double, double>(field, data, static v => v),
            ValueKind.Date => Struct<T, DateOnly, int>(field, data, TemporalConversion.ToDays),
            ValueKind.Timestamp => type.IsAdjustedToUtc
                ? Struct<T, DateTime, long>(field, data, static v => TemporalConversion.ToMicros(v, true))
                : Struct<T, DateTime, long>(field, data, static v => TemporalConversion.ToMicros(v, false)),
            ValueKind.Decimal => type.Physical switch
            {
                PhysicalType.Int32 => Struct<T, decimal, int>(field, data, v => (int)DecimalConversion.ToUnscaled(v, type, name)),
                PhysicalType.Int64 => Struct<T, decimal, long>(field, data, v => (long)DecimalConversion.ToUnscaled(v, type, name)),
                _ => Struct<T, decimal, byte[]>(field, data, v => DecimalConversion.ToBytes(DecimalConversion.ToUnscaled(v, type, name), type.TypeLength)),
            },
            ValueKind.String => Reference<T, string>(field, data, static v => v),
            ValueKind.Bytes => Reference<T, byte[]>(field, data, v => type.TypeLength == 0 || v.Length == type.TypeLength
                ? v
                : throw new ParquetException($"Column '{name}' holds {type.TypeLength}-byte values; got {v.Length} bytes.")),
            _ => throw TypeMismatch(field, typeof(T)),
        };
    }

    private static PhysicalColumn<TP> Struct<T, TC, TP>(DataField field, ReadOnlySpan<T> data, Func<TC, TP> map)
        where TC : struct
    {
        if (typeof(T) == typeof(TC))
        {
            var source = Reinterpret<T, TC>(data);
            var values = new TP[source.Length];
            for (var i = 0; i < source.Length; i++)
            {
                values[i] = map(source[i]);
            }

            return new PhysicalColumn<TP>(values, values.Length, values.Length, AllDefined(field, values.Length));
        }

        if (typeof(T) == typeof(TC?))
        {
            var source = Reinterpret<T, TC?>(data);
            var levels = new int[source.Length];
            var values = new TP[source.Length];
            var count = 0;
            for (var i = 0; i < source.Length; i++)
            {
                if (source[i] is { } value)
                {
                    values[count++] = map(value);
                    levels[i] = 1;
                }
            }

            return Finish(field, values, source.Length, count, levels);
        }

        throw TypeMismatch(field, typeof(T));
    }

    private static PhysicalColumn<TP> Reference<T, TP>(DataField field, ReadOnlySpan<T> data, Func<TP, TP> check)
        where TP : class
    {
        if (typeof(T) != typeof(TP))
        {
            throw TypeMismatch(field, typeof(T));
        }

        var source = Reinterpret<T, TP?>(data);
        var levels = new int[source.Length];
        var values = new TP[source.Length];
        var count = 0;
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] is { } value)
            {
                values[count++] = check(value);
                levels[i] = 1;
            }
        }

        return Finish(field, values, source.Length, count, levels);
    }

    private static PhysicalColumn<TP> Finish<TP>(DataField field, TP[] values, int rows, int count, int[] levels)
    {
        if (!field.IsNullable && count != rows)
        {
            var row = Array.IndexOf(levels, 0);
            throw new ParquetException($"Column '{field.Name}' is required but row {row} is null.");
        }

        return new PhysicalColumn<TP>(values, rows, count, field.IsNullable ? levels : null);
    }

    private static int[]? AllDefined(DataField field, int rows)
    {
        if (!field.IsNullable)
        {
            return null;
        }

        var levels = new int[rows];
        levels.AsSpan().Fill(1);
        return levels;
    }

    private static ReadOnlySpan<TTo> Reinterpret<TFrom, TTo>(ReadOnlySpan<TFrom> span) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<TFrom, TTo>(ref MemoryMarshal.GetReference(span)), span.Length);

    private static ParquetException TypeMismatch(DataField field, Type given) =>
        new($"Column '{field.Name}' holds {field.ClrNullableIfHasNullsType.Name} values; cannot write {given.Name} values to it.");
}
