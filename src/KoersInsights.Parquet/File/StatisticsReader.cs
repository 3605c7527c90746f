using KoersInsights.Parquet.Data;
using KoersInsights.Parquet.Encodings;
using KoersInsights.Parquet.Schema;
using KoersInsights.Parquet.Thrift;

namespace KoersInsights.Parquet.File;

/// <summary>
/// Picks the trustworthy min/max bytes of a chunk's statistics and turns them into physical or CLR values.
/// min_value/max_value always follow the type's order; the deprecated min/max only for signed-order types, since
/// old writers ordered byte arrays signed (parquet.thrift, Statistics).
/// </summary>
internal static class StatisticsReader
{
    public static (byte[]? Min, byte[]? Max) Bounds(DataField field, Thrift.Statistics statistics)
    {
        if (statistics.MinValue is not null && statistics.MaxValue is not null)
        {
            return (statistics.MinValue, statistics.MaxValue);
        }

        var signedOrder = field.ColumnType.Physical is not (PhysicalType.ByteArray or PhysicalType.FixedLenByteArray);
        return signedOrder ? (statistics.Min, statistics.Max) : (null, null);
    }

    public static DataColumnStatistics Read(DataField field, Thrift.Statistics statistics)
    {
        var (min, max) = Bounds(field, statistics);
        return new DataColumnStatistics(
            statistics.NullCount,
            statistics.DistinctCount,
            min is null ? null : ToClr(field, min),
            max is null ? null : ToClr(field, max));
    }

    private static object? ToClr(DataField field, byte[] bytes)
    {
        try
        {
            var required = DataField.FromColumnType(field.Name, false, field.ColumnType);
            var physical = PhysicalCodecs.Dispatch(field.ColumnType, new SingleValue(bytes));
            return PhysicalToClr.ToArray(required, physical).GetValue(0);
        }
        catch (ParquetException)
        {
            // Unreadable statistics only cost the skipping optimisation; the data itself is still read.
            return null;
        }
    }

    private sealed class SingleValue(byte[] bytes) : IPhysicalVisitor<PhysicalColumn>
    {
        public PhysicalColumn Visit<T>(PhysicalCodec<T> codec) =>
            new PhysicalColumn<T>([codec.FromStatisticsBytes(bytes)], 1, 1, null);
    }
}
