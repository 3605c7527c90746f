using KoersInsights.Parquet.Schema;

namespace KoersInsights.Parquet.Data;

/// <summary>
/// The values of one column in one row group, as a typed array: <c>int[]</c> for a required int column,
/// <c>int?[]</c> for a nullable one, <c>string[]</c> (with nulls when nullable) for strings.
/// </summary>
public sealed class DataColumn
{
    public DataColumn(DataField field, Array data)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(data);
        var element = data.GetType().GetElementType();
        if (data.Rank != 1 || (element != field.ClrType && element != field.ClrNullableIfHasNullsType
            && Nullable.GetUnderlyingType(element!) != field.ClrType))
        {
            throw new ParquetException(
                $"Column '{field.Name}' holds {field.ClrNullableIfHasNullsType.Name} values but was given a {data.GetType().Name}.");
        }

        Field = field;
        Data = data;
    }

    public DataField Field { get; }

    public Array Data { get; }

    public int Count => Data.Length;

    /// <summary>The data as a typed span (<typeparamref name="T"/> must be the array's element type).</summary>
    public ReadOnlySpan<T> AsSpan<T>() =>
        Data as T[] ?? throw new InvalidCastException($"Column '{Field.Name}' holds {Data.GetType().Name}, not {typeof(T).Name}[].");
}
