using System.Buffers;

namespace KoersInsights.Parquet.Data;

/// <summary>
/// A column as stored: the non-null values in their physical representation plus, for optional columns, one
/// definition level per row (1 = value present, 0 = null; flat schemas only use levels 0 and 1).
/// </summary>
/// <remarks>
/// The write direction rents its arrays from <see cref="ArrayPool{T}.Shared"/> (they may be longer than the column)
/// and returns them on dispose: a 10M-row write otherwise allocates hundreds of megabytes of large-object arrays per
/// row group, and each large allocation can trigger a full collection over the caller's live table.
/// </remarks>
internal abstract class PhysicalColumn(int rowCount, int valueCount, int[]? definitionLevels) : IDisposable
{
    public int RowCount { get; } = rowCount;

    public int ValueCount { get; } = valueCount;

    public int NullCount => RowCount - ValueCount;

    /// <summary>One level per row for optional columns (only the first <see cref="RowCount"/> entries are meaningful).</summary>
    public int[]? DefinitionLevels { get; } = definitionLevels;

    public virtual void Dispose()
    {
    }
}

internal sealed class PhysicalColumn<T>(T[] values, int rowCount, int valueCount, int[]? definitionLevels, bool pooled = false)
    : PhysicalColumn(rowCount, valueCount, definitionLevels)
{
    private bool _returned;

    public T[] Values { get; } = values;

    public ReadOnlySpan<T> ValueSpan => Values.AsSpan(0, ValueCount);

    public override void Dispose()
    {
        if (!pooled || _returned)
        {
            return;
        }

        _returned = true;
        ArrayPool<T>.Shared.Return(Values, clearArray: System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        if (DefinitionLevels is not null)
        {
            ArrayPool<int>.Shared.Return(DefinitionLevels);
        }
    }
}
