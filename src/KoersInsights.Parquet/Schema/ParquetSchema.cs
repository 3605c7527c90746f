namespace KoersInsights.Parquet.Schema;

/// <summary>A flat Parquet schema: an ordered list of uniquely named columns.</summary>
public sealed class ParquetSchema : IEquatable<ParquetSchema>
{
    private readonly DataField[] _dataFields;

    public ParquetSchema(params Field[] fields)
        : this((IEnumerable<Field>)fields)
    {
    }

    public ParquetSchema(IEnumerable<Field> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Fields = [.. fields];
        _dataFields = [.. Fields.Cast<DataField>()];
        var duplicate = _dataFields.GroupBy(f => f.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ParquetException($"Column name '{duplicate.Key}' appears more than once in the schema.");
        }
    }

    public IReadOnlyList<Field> Fields { get; }

    public IReadOnlyList<DataField> DataFields => _dataFields;

    public DataField[] GetDataFields() => [.. _dataFields];

    /// <summary>The column with this name, or a <see cref="ParquetException"/> naming the columns that exist.</summary>
    public DataField this[string name] =>
        _dataFields.FirstOrDefault(f => f.Name == name)
        ?? throw new ParquetException(
            $"No column '{name}'; the file has: {string.Join(", ", _dataFields.Select(f => f.Name))}.");

    public int IndexOf(DataField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var index = Array.FindIndex(_dataFields, f => f.Name == field.Name);
        return index >= 0
            ? index
            : throw new ParquetException(
                $"No column '{field.Name}'; the file has: {string.Join(", ", _dataFields.Select(f => f.Name))}.");
    }

    public bool Equals(ParquetSchema? other) =>
        other is not null
        && other._dataFields.Length == _dataFields.Length
        && _dataFields.Zip(other._dataFields).All(p =>
            p.First.Name == p.Second.Name && p.First.IsNullable == p.Second.IsNullable
            && p.First.ColumnType == p.Second.ColumnType);

    public override bool Equals(object? obj) => Equals(obj as ParquetSchema);

    public override int GetHashCode() => _dataFields.Length;

    public override string ToString() => string.Join(Environment.NewLine, _dataFields.Select(f => f.ToString()));
}
