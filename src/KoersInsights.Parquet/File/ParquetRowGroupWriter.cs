using KoersInsights.Parquet.Compression;
using KoersInsights.Parquet.Data;
using KoersInsights.Parquet.Schema;
using KoersInsights.Parquet.Thrift;

namespace KoersInsights.Parquet.File;

/// <summary>
/// Writes the columns of one row group, in schema order, each with the same number of rows. Disposing it completes
/// the row group; a row group left with columns missing makes the whole file incomplete (no footer is written).
/// </summary>
public sealed class ParquetRowGroupWriter : IDisposable
{
    private readonly ParquetWriter _writer;
    private readonly RowGroup _rowGroup;
    private int _next;
    private bool _disposed;

    internal ParquetRowGroupWriter(ParquetWriter writer, short ordinal)
    {
        _writer = writer;
        _rowGroup = new RowGroup { Ordinal = ordinal, FileOffset = writer.Position };
    }

    public Task WriteColumnAsync(DataColumn column, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(column);
        return WriteColumnAsync(column, 0, column.Count, cancellationToken);
    }

    internal async Task WriteColumnAsync(DataColumn column, int start, int count, CancellationToken cancellationToken)
    {
        var chunk = Encode(column.Field, () => ClrToPhysical.FromArray(Expected(column.Field), column.Data, start, count));
        await _writer.WriteAsync(chunk, cancellationToken);
    }

    /// <summary>Writes a column from a span of CLR values (<c>int</c>, <c>int?</c>, <c>string</c>, ...).</summary>
    public void WriteColumn<T>(DataField field, ReadOnlySpan<T> values)
    {
        ArgumentNullException.ThrowIfNull(field);
        var expected = Expected(field);
        PhysicalColumn physical;
        try
        {
            physical = ClrToPhysical.From(expected, values);
        }
        catch
        {
            _writer.MarkBroken();
            throw;
        }

        var chunk = Encode(field, () => physical);
        _writer.Write(chunk.Span);
    }

    /// <summary>Encodes a column chunk; the bytes returned live in the writer's shared buffer until the next chunk.</summary>
    private ReadOnlyMemory<byte> Encode(DataField field, Func<PhysicalColumn> convert)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            using var physical = convert();
            if (_next > 0 && physical.RowCount != _rowGroup.NumRows)
            {
                throw new ParquetException(
                    $"Column '{field.Name}' has {physical.RowCount} rows; earlier columns of this row group have {_rowGroup.NumRows}.");
            }

            var expected = _writer.Schema.DataFields[_next];
            var codec = PageCompression.ToCodec(_writer.CompressionMethod);
            var encoder = new ColumnChunkWriter(expected, physical, _writer.Options, codec, _writer.Position, _writer.Buffers);
            var meta = encoder.Write();
            _rowGroup.Columns.Add(new ColumnChunk { FileOffset = meta.DictionaryPageOffset ?? meta.DataPageOffset, MetaData = meta });
            _rowGroup.NumRows = physical.RowCount;
            _rowGroup.TotalByteSize += meta.TotalUncompressedSize;
            _rowGroup.TotalCompressedSize = (_rowGroup.TotalCompressedSize ?? 0) + meta.TotalCompressedSize;
            _next++;
            return _writer.Buffers.Chunk.WrittenMemory;
        }
        catch
        {
            _writer.MarkBroken();
            throw;
        }
    }

    private DataField Expected(DataField field)
    {
        var fields = _writer.Schema.DataFields;
        if (_next >= fields.Count)
        {
            throw new ParquetException($"All {fields.Count} columns of this row group are already written.");
        }

        var expected = fields[_next];
        if (expected.Name != field.Name || expected.ColumnType != field.ColumnType || expected.IsNullable != field.IsNullable)
        {
            throw new ParquetException($"Expected column '{expected}' next (schema order), got '{field}'.");
        }

        return expected;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _writer.CloseRowGroup(_next == _writer.Schema.DataFields.Count ? _rowGroup : null);
    }
}
