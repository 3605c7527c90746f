using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KoersInsights.Parquet.Schema;
using KoersInsights.Parquet.Thrift;

namespace KoersInsights.Parquet.Data;

/// <summary>
/// Turns CLR values of a column into its physical values and definition levels (the write direction). The result
/// holds pooled arrays: dispose it once encoded.
/// </summary>
internal static class ClrToPhysical
{
    public static PhysicalColumn FromArray(DataField field, Array data) => FromArray(field, data, 0, data.Length);

    /// <summary>Converts rows <paramref name="start"/> .. start + count of an array without copying the slice.</summary>
    public static PhysicalColumn FromArray(DataField field, Array data, int start, int count) => data switch
    {
        bool[] a => From<bool>(field, a.AsSpan(start, count)),
        bool?[] a => From<bool?>(field, a.AsSpan(start, count)),
        sbyte[] a => From<sbyte>(field, a.AsSpan(start, count)),
        sbyte?[] a => From<sbyte?>(field, a.AsSpan(start, count)),
        short[] a => From<short>(field, a.AsSpan(start, count)),
        short?[] a => From<short?>(field, a.AsSpan(start, count)),
        int[] a => From<int>(field, a.AsSpan(start, count)),
        int?[] a => From<int?>(field, a.AsSpan(start, count)),
        long[] a => From<long>(field, a.AsSpan(start, count)),
        long?[] a => From<long?>(field, a.AsSpan(start, count)),
        float[] a => From<float>(field, a.AsSpan(start, count)),
        float?[] a => From<float?>(field, a.AsSpan(start, count)),
        double[] a => From<double>(field, a.AsSpan(start, count)),
        double?[] a => From<double?>(field, a.AsSpan(start, count)),
        decimal[] a => From<decimal>(field, a.AsSpan(start, count)),
        decimal?[] a => From<decimal?>(field, a.AsSpan(start, count)),
        DateOnly[] a => From<DateOnly>(field, a.AsSpan(start, count)),
        DateOnly?[] a => From<DateOnly?>(field, a.AsSpan(start, count)),
        DateTime[] a => From<DateTime>(field, a.AsSpan(start, count)),
        DateTime?[] a => From<DateTime?>(field, a.AsSpan(start, count)),
        string[] a => From<string>(field, a.AsSpan(start, count)),
        byte[][] a => From<byte[]>(field, a.AsSpan(start, count)),
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
            var values = ArrayPool<TP>.Shared.Rent(source.Length);
            try
            {
                for (var i = 0; i < source.Length; i++)
                {
                    values[i] = map(source[i]);
                }
            }
            catch
            {
                ArrayPool<TP>.Shared.Return(values);
                throw;
            }

            return new PhysicalColumn<TP>(values, source.Length, source.Length, AllDefined(field, source.Length), pooled: true);
        }

        if (typeof(T) == typeof(TC?))
        {
            var source = Reinterpret<T, TC?>(data);
            var (values, levels) = Rent<TP>(source.Length);
            var count = 0;
            try
            {
                for (var i = 0; i < source.Length; i++)
                {
                    if (source[i] is { } value)
                    {
                        values[count++] = map(value);
                        levels[i] = 1;
                    }
                    else
                    {
                        levels[i] = 0;
                    }
                }
            }
            catch
            {
                Return(values, levels);
                throw;
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
        var (values, levels) = Rent<TP>(source.Length);
        var count = 0;
        try
        {
            for (var i = 0; i < source.Length; i++)
            {
                if (source[i] is { } value)
                {
                    values[count++] = check(value);
                    levels[i] = 1;
                }
                else
                {
                    levels[i] = 0;
                }
            }
        }
        catch
        {
            Return(values, levels);
            throw;
        }

        return Finish(field, values, source.Length, count, levels);
    }

    private static (TP[] Values, int[] Levels) Rent<TP>(int rows) => (ArrayPool<TP>.Shared.Rent(rows), ArrayPool<int>.Shared.Rent(rows));

    private static void Return<TP>(TP[] values, int[]? levels)
    {
        ArrayPool<TP>.Shared.Return(values, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<TP>());
        if (levels is not null)
        {
            ArrayPool<int>.Shared.Return(levels);
        }
    }

    private static PhysicalColumn<TP> Finish<TP>(DataField field, TP[] values, int rows, int count, int[] levels)
    {
        if (field.IsNullable)
        {
            return new PhysicalColumn<TP>(values, rows, count, levels, pooled: true);
        }

        if (count != rows)
        {
            var row = Array.IndexOf(levels, 0, 0, rows);
            Return(values, levels);
            throw new ParquetException($"Column '{field.Name}' is required but row {row} is null.");
        }

        ArrayPool<int>.Shared.Return(levels);
        return new PhysicalColumn<TP>(values, rows, count, null, pooled: true);
    }

    private static int[]? AllDefined(DataField field, int rows)
    {
        if (!field.IsNullable)
        {
            return null;
        }

        var levels = ArrayPool<int>.Shared.Rent(rows);
        levels.AsSpan(0, rows).Fill(1);
        return levels;
    }

    private static ReadOnlySpan<TTo> Reinterpret<TFrom, TTo>(ReadOnlySpan<TFrom> span) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<TFrom, TTo>(ref MemoryMarshal.GetReference(span)), span.Length);

    private static ParquetException TypeMismatch(DataField field, Type given) =>
        new($"Column '{field.Name}' holds {field.ClrNullableIfHasNullsType.Name} values; cannot write {given.Name} values to it.");
}
