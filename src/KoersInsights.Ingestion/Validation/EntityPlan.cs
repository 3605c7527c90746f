using KoersInsights.Ingestion.Bronze;
using KoersInsights.Ingestion.Csv;

namespace KoersInsights.Ingestion.Validation;

/// <summary>
/// How the rows of one delivery become bronze rows: built from the file name and header (which may already reject
/// the file), then asked row by row. One implementation per kind of source: templates, wide surveys, DUO files.
/// </summary>
public abstract class EntityPlan
{
    /// <summary>The bronze entity (folder under <c>bronze/&lt;source&gt;/</c>).</summary>
    public abstract string Entity { get; }

    /// <summary>Bronze data columns, in order (lineage columns follow).</summary>
    public abstract IReadOnlyList<BronzeField> Fields { get; }

    /// <summary>Positions in <see cref="Fields"/> that form the natural key; empty when duplicates are allowed.</summary>
    public abstract IReadOnlyList<int> KeyFields { get; }

    /// <summary>Names of the key columns as the data officer knows them (for messages).</summary>
    public abstract string KeyDescription { get; }

    public abstract string SchemaVersion { get; }

    /// <summary>The mapping profile that renamed the header, when one did.</summary>
    public virtual string? ProfileName => null;

    /// <summary>Number of fields a row should have.</summary>
    public abstract int Width { get; }

    /// <summary>
    /// Converts one delivered row into one or more bronze rows (a wide survey line gives one per answer).
    /// On any problem, adds reasons and returns false: the whole line is quarantined.
    /// </summary>
    public abstract bool TryConvert(CsvRow row, RowOutput output, List<IngestReason> reasons);
}

/// <summary>The bronze rows one delivered line produced; reused between lines.</summary>
public sealed class RowOutput(int width)
{
    private readonly List<Cell[]> _rows = [];

    public int Count { get; private set; }

    public Cell[] this[int index] => _rows[index];

    /// <summary>A cleared row to fill.</summary>
    public Cell[] Add()
    {
        if (Count == _rows.Count)
        {
            _rows.Add(new Cell[width]);
        }

        var row = _rows[Count++];
        Array.Clear(row);
        return row;
    }

    public void Clear() => Count = 0;
}
