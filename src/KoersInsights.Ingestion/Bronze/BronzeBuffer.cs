namespace KoersInsights.Ingestion.Bronze;

/// <summary>
/// Collects accepted rows of one delivery column-wise, lineage included, and hands them out in row groups so a
/// 5-million-row delivery never sits in memory as a whole.
/// </summary>
public sealed class BronzeBuffer
{
    /// <summary>Rows per Parquet row group; close to DuckDB's default of 122,880.</summary>
    public const int RowGroupSize = 128 * 1024;

    private readonly BronzeField[] _dataFields;
    private readonly ColumnStore[] _stores;
    private readonly string _deliveryId;
    private readonly string _sourceFile;
    private readonly DateTime _ingestedAt;
    private readonly long[] _lines = new long[RowGroupSize];

    public BronzeBuffer(IReadOnlyList<BronzeField> dataFields, string deliveryId, string sourceFile, DateTime ingestedAtUtc)
    {
        _dataFields = [.. dataFields];
        _stores = [.. _dataFields.Select(ColumnStore.For)];
        _deliveryId = deliveryId;
        _sourceFile = sourceFile;
        _ingestedAt = ingestedAtUtc;
        Fields = [.. _dataFields, .. BronzeLineage.Fields];
    }

    /// <summary>Data fields followed by the lineage fields.</summary>
    public IReadOnlyList<BronzeField> Fields { get; }

    /// <summary>Rows appended since the last <see cref="TakeRowGroup"/>.</summary>
    public int Count { get; private set; }

    public bool IsFull => Count == RowGroupSize;

    public void Append(ReadOnlySpan<Cell> cells, long sourceLine)
    {
        for (var i = 0; i < _stores.Length; i++)
        {
            _stores[i].Set(Count, cells[i]);
        }

        _lines[Count] = sourceLine;
        Count++;
    }

    public BronzeRowGroup TakeRowGroup()
    {
        var n = Count;
        var columns = new List<Array>(Fields.Count);
        columns.AddRange(_stores.Select(s => s.Take(n)));
        columns.Add(Enumerable.Repeat(_deliveryId, n).ToArray());
        columns.Add(Enumerable.Repeat(_sourceFile, n).ToArray());
        columns.Add(_lines.AsSpan(0, n).ToArray());
        columns.Add(Enumerable.Repeat(_ingestedAt, n).ToArray());
        Count = 0;
        return new BronzeRowGroup(n, columns);
    }

    private abstract class ColumnStore
    {
        public static ColumnStore For(BronzeField field) => (field.Type, field.Nullable) switch
        {
            (BronzeType.String, _) => new Store<string?>(c => c.Text),
            (BronzeType.Boolean, true) => new Store<bool?>(c => c.HasValue ? c.Integer != 0 : null),
            (BronzeType.Boolean, false) => new Store<bool>(c => c.Integer != 0),
            (BronzeType.Int32, true) => new Store<int?>(c => c.HasValue ? (int)c.Integer : null),
            (BronzeType.Int32, false) => new Store<int>(c => (int)c.Integer),
            (BronzeType.Int64, true) => new Store<long?>(c => c.HasValue ? c.Integer : null),
            (BronzeType.Int64, false) => new Store<long>(c => c.Integer),
            (BronzeType.Date, true) => new Store<DateOnly?>(c => c.HasValue ? DateOnly.FromDayNumber((int)c.Integer) : null),
            (BronzeType.Date, false) => new Store<DateOnly>(c => DateOnly.FromDayNumber((int)c.Integer)),
            (BronzeType.Decimal, true) => new Store<decimal?>(c => c.HasValue ? c.Number : null),
            (BronzeType.Decimal, false) => new Store<decimal>(c => c.Number),
            _ => throw new NotSupportedException($"{field.Name}: {field.Type} is not a data column type"),
        };

        public abstract void Set(int row, Cell cell);

        public abstract Array Take(int count);
    }

    private sealed class Store<T>(Func<Cell, T> convert) : ColumnStore
    {
        private readonly T[] _values = new T[RowGroupSize];

        public override void Set(int row, Cell cell) => _values[row] = convert(cell);

        public override Array Take(int count) => _values.AsSpan(0, count).ToArray();
    }
}
