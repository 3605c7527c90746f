namespace KoersInsights.Parquet.Data;

/// <summary>
/// A column as stored: the non-null values in their physical representation plus, for optional columns, one
/// definition level per row (1 = value present, 0 = null; flat schemas only use levels 0 and 1).
/// </summary>
internal abstract class PhysicalColumn(int rowCount, int valueCount, int[]? definitionLevels)
{
    public int RowCount { get; } = rowCount;

    public int ValueCount { get; } = valueCount;

    public int NullCount => RowCount - ValueCount;

    public int[]? DefinitionLevels { get; } = definitionLevels;
}

internal sealed class PhysicalColumn<T>(T[] values, int rowCount, int valueCount, int[]? definitionLevels)
    : PhysicalColumn(rowCount, valueCount, definitionLevels)
{
    public T[] Values { get; } = values;

    public ReadOnlySpan<T> ValueSpan => Values.AsSpan(0, ValueCount);
}
