using KoersInsights.Parquet.Data;
using KoersInsights.Parquet.File;
using KoersInsights.Parquet.Schema;

namespace KoersInsights.Ingestion.Bronze;

/// <summary>
/// A bronze Parquet file being written to local disk, one row group at a time (docs/lake.md, "Bronze files"). All
/// Parquet codec use of ingestion lives in this file.
/// </summary>
public sealed class BronzeFile : IAsyncDisposable
{
    private readonly FileStream _stream;
    private readonly ParquetWriter _writer;
    private readonly DataField[] _fields;
    private bool _disposed;

    private BronzeFile(string path, FileStream stream, ParquetWriter writer, DataField[] fields)
    {
        Path = path;
        _stream = stream;
        _writer = writer;
        _fields = fields;
    }

    public string Path { get; }

    public static async Task<BronzeFile> CreateAsync(string path, IReadOnlyList<BronzeField> fields, IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(metadata);
        var dataFields = fields.Select(ToDataField).ToArray();
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        var writer = await ParquetWriter.CreateAsync(new ParquetSchema(dataFields), stream);
        foreach (var (key, value) in metadata.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            writer.CustomMetadata[key] = value;
        }

        return new BronzeFile(path, stream, writer, dataFields);
    }

    public async Task WriteAsync(BronzeRowGroup rowGroup)
    {
        ArgumentNullException.ThrowIfNull(rowGroup);
        using var group = _writer.CreateRowGroup();
        for (var i = 0; i < _fields.Length; i++)
        {
            await group.WriteColumnAsync(new DataColumn(_fields[i], rowGroup.Columns[i]));
        }
    }

    /// <summary>Writes the footer; the file is complete once this returns.</summary>
    public async Task CompleteAsync() => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _writer.DisposeAsync();
        await _stream.DisposeAsync();
    }

    private static DataField ToDataField(BronzeField field) => field.Type switch
    {
        BronzeType.String => new DataField<string>(field.Name, field.Nullable),
        BronzeType.Boolean => new DataField<bool>(field.Name, field.Nullable),
        BronzeType.Int32 => new DataField<int>(field.Name, field.Nullable),
        BronzeType.Int64 => new DataField<long>(field.Name, field.Nullable),
        BronzeType.Date => new DataField<DateOnly>(field.Name, field.Nullable),
        BronzeType.Decimal => new DecimalDataField(field.Name, field.Precision, field.Scale, field.Nullable),
        BronzeType.TimestampUtc => new DateTimeDataField(field.Name, isAdjustedToUtc: true, field.Nullable),
        _ => throw new NotSupportedException(field.Type.ToString()),
    };
}
