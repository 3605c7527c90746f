using KoersInsights.Parquet.Data;
using KoersInsights.Parquet.Schema;
using KoersInsights.Parquet.Thrift;

namespace KoersInsights.Parquet.File;

/// <summary>Reads columns of one row group; each read fetches only that column chunk's byte range.</summary>
public sealed class ParquetRowGroupReader
{
    private readonly ParquetReader _reader;
    private readonly RowGroup _rowGroup;

    internal ParquetRowGroupReader(ParquetReader reader, RowGroup rowGroup)
    {
        _reader = reader;
        _rowGroup = rowGroup;
    }

    public long RowCount => _rowGroup.NumRows;

    public async Task<DataColumn> ReadColumnAsync(DataField field, CancellationToken cancellationToken = default)
    {
        var (fileField, meta) = Column(field);
        var start = FooterValidation.ChunkStart(meta);
        var chunk = await _reader.ReadChunkAsync(start, (int)meta.TotalCompressedSize, cancellationToken);
        return new DataColumn(fileField, Decode(fileField, meta, chunk));
    }

    /// <summary>Reads a column as a typed array: <c>int[]</c> for a required int column, <c>int?[]</c> for a nullable one.</summary>
    public async Task<T[]> ReadColumnAsync<T>(DataField field, CancellationToken cancellationToken = default)
    {
        var column = await ReadColumnAsync(field, cancellationToken);
        return column.Data as T[]
            ?? throw new ParquetException($"Column '{field.Name}' reads as {column.Data.GetType().Name}, not {typeof(T).Name}[].");
    }

    /// <summary>min/max/null count from the column chunk's statistics, as CLR values; null when the file has none.</summary>
    public DataColumnStatistics? GetStatistics(DataField field)
    {
        var (fileField, meta) = Column(field);
        return meta.Statistics is null ? null : StatisticsReader.Read(fileField, meta.Statistics);
    }

    /// <summary>False only when the statistics prove no row of this row group can satisfy <paramref name="predicate"/>.</summary>
    public bool MayMatch(ColumnPredicate predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var (fileField, meta) = Column(_reader.Schema[predicate.Column]);
        return predicate.MayMatch(fileField, meta.Statistics, _rowGroup.NumRows);
    }

    private (DataField Field, ColumnMetaData Meta) Column(DataField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var index = _reader.Schema.IndexOf(field);
        return (_reader.Schema.DataFields[index], _rowGroup.Columns[index].MetaData!);
    }

    private static Array Decode(DataField field, ColumnMetaData meta, byte[] chunk)
    {
        try
        {
            var physical = new ColumnChunkReader(field, meta, chunk, (int)meta.NumValues).Read();
            return PhysicalToClr.ToArray(field, physical);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or OverflowException
            or InvalidCastException or InvalidOperationException or IOException)
        {
            // Defence in depth: every length is checked explicitly, but a decoding slip must still surface as a
            // clear Parquet error naming the column, never as a crash.
            throw new ParquetException($"Corrupt Parquet column '{field.Name}': {e.Message}", e);
        }
    }
}
