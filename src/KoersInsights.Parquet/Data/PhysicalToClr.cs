using KoersInsights.Parquet.Schema;
using KoersInsights.Parquet.Thrift;

namespace KoersInsights.Parquet.Data;

/// <summary>Turns a column's physical values and definition levels into a CLR array (the read direction).</summary>
internal static class PhysicalToClr
{
    public static Array ToArray(DataField field, PhysicalColumn column)
    {
        var type = field.ColumnType;
        var name = field.Name;
        return type.Kind switch
        {
            ValueKind.Boolean => Struct<bool, bool>(field, column, static v => v),
            ValueKind.Int8 => Struct<int, sbyte>(field, column, static v => unchecked((sbyte)v)),
            ValueKind.Int16 => Struct<int, short>(field, column, static v => unchecked((short)v)),
            ValueKind.Int32 => Struct<int, int>(field, column, static v => v),
            ValueKind.Int64 => Struct<long, long>(field, column, static v => v),
            ValueKind.Float => Struct<float, float>(field, column, static v => v),
            ValueKind.Double => Struct<double, double>(field, column, static v => v),
            ValueKind.Date => Struct<int, DateOnly>(field, column, v => TemporalConversion.FromDays(v, name)),
            ValueKind.Timestamp => Struct<long, DateTime>(field, column, v => TemporalConversion.FromUnits(v, type, name)),
            ValueKind.Decimal => type.Physical switch
            {
                PhysicalType.Int32 => Struct<int, decimal>(field, column, v => DecimalConversion.FromUnscaled(v, type.Scale)),
                PhysicalType.Int64 => Struct<long, decimal>(field, column, v => DecimalConversion.FromUnscaled(v, type.Scale)),
                _ => Struct<byte[], decimal>(field, column, v => DecimalConversion.FromUnscaled(DecimalConversion.FromBytes(v, name), type.Scale, name)),
            },
            ValueKind.String => Reference<string>(column),
            ValueKind.Bytes => Reference<byte[]>(column),
            _ => throw new ParquetException($"Column '{name}' has an unsupported type."),
        };
    }

    private static Array Struct<TP, TC>(DataField field, PhysicalColumn column, Func<TP, TC> map)
        where TC : struct
    {
        var physical = (PhysicalColumn<TP>)column;
        var values = physical.Values;
        if (!field.IsNullable)
        {
            var result = new TC[column.RowCount];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = map(values[i]);
            }

            return result;
        }

        var nullable = new TC?[column.RowCount];
        var levels = column.DefinitionLevels;
        var next = 0;
        for (var i = 0; i < nullable.Length; i++)
        {
            if (levels is null || levels[i] == 1)
            {
                nullable[i] = map(values[next++]);
            }
        }

        return nullable;
    }

    private static T?[] Reference<T>(PhysicalColumn column)
        where T : class
    {
        var physical = (PhysicalColumn<T>)column;
        var values = physical.Values;
        var levels = column.DefinitionLevels;
        if (levels is null)
        {
            return values.Length == column.RowCount ? values : values[..column.RowCount];
        }

        var result = new T?[column.RowCount];
        var next = 0;
        for (var i = 0; i < result.Length; i++)
        {
            if (levels[i] == 1)
            {
                result[i] = values[next++];
            }
        }

        return result;
    }
}
