using KoersInsights.Parquet.Data;
using KoersInsights.Parquet.Encodings;
using KoersInsights.Parquet.Schema;

namespace KoersInsights.Parquet.File;

/// <summary>
/// A condition on one column used to skip row groups by their statistics (<see cref="ParquetReader.FindRowGroups"/>).
/// Bounds are inclusive and compared in the column's Parquet sort order, exactly as the statistics were computed.
/// </summary>
public sealed class ColumnPredicate
{
    private ColumnPredicate(string column, object? lower, object? upper)
    {
        ArgumentException.ThrowIfNullOrEmpty(column);
        Column = column;
        Lower = lower;
        Upper = upper;
    }

    public string Column { get; }

    public object? Lower { get; }

    public object? Upper { get; }

    public static ColumnPredicate Equal(string column, object value) => new(column, value, value);

    public static ColumnPredicate Between(string column, object lower, object upper) => new(column, lower, upper);

    public static ColumnPredicate AtLeast(string column, object lower) => new(column, lower, null);

    public static ColumnPredicate AtMost(string column, object upper) => new(column, null, upper);

    internal bool MayMatch(DataField field, Thrift.Statistics? statistics, long rows)
    {
        if (statistics is null)
        {
            return true;
        }

        if (statistics.NullCount == rows && rows > 0)
        {
            return false;
        }

        var (min, max) = StatisticsReader.Bounds(field, statistics);
        if (min is null || max is null)
        {
            return true;
        }

        return PhysicalCodecs.Dispatch(field.ColumnType, new Overlap(field, Lower, Upper, min, max));
    }

    private sealed class Overlap(DataField field, object? lower, object? upper, byte[] min, byte[] max) : IPhysicalVisitor<bool>
    {
        public bool Visit<T>(PhysicalCodec<T> codec)
        {
            var chunkMin = codec.FromStatisticsBytes(min);
            var chunkMax = codec.FromStatisticsBytes(max);
            if (lower is not null && codec.Compare(chunkMax, ToPhysical<T>(lower)) < 0)
            {
                return false;
            }

            return upper is null || codec.Compare(chunkMin, ToPhysical<T>(upper)) <= 0;
        }

        private T ToPhysical<T>(object value)
        {
            var required = DataField.FromColumnType(field.Name, false, field.ColumnType);
            var array = Array.CreateInstance(field.ClrType, 1);
            try
            {
                array.SetValue(value.GetType() == field.ClrType ? value : Convert.ChangeType(value, field.ClrType, System.Globalization.CultureInfo.InvariantCulture), 0);
            }
            catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
            {
                throw new ParquetException($"Predicate on column '{field.Name}': {value} is not a {field.ClrType.Name}.", e);
            }

            using var physical = (PhysicalColumn<T>)ClrToPhysical.FromArray(required, array);
            return physical.Values[0];
        }
    }
}
