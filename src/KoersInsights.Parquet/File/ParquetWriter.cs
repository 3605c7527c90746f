using System.Buffers.Binary;
using KoersInsights.Parquet.Compression;
using KoersInsights.Parquet.Data;
using KoersInsights.Parquet.Schema;
using KoersInsights.Parquet.Thrift;

namespace KoersInsights.Parquet.File;

/// <summary>
/// Writes a Parquet file to a stream, one row group at a time: each column chunk goes to the stream as soon as it
/// is written, so memory stays bounded by one column chunk. The footer is written on dispose, and only when every
/// row group was completed and no write failed, so an interrupted write never leaves a file that parses as valid.
/// </summary>
public sealed class ParquetWriter : IAsyncDisposable, IDisposable
{
    internal static readonly byte[] Magic = "PAR1"u8.ToArray();

    private readonly Stream _output;
    private readonly ParquetOptions _options;
    private readonly FileMetaData _metadata = new();
    private bool _broken;
    private bool _finished;
    private ParquetRowGroupWriter? _open;

    private ParquetWriter(ParquetSchema schema, Stream output, ParquetOptions options)
    {
        Schema = schema;
        _output = output;
        _options = options;
        CompressionMethod = options.CompressionMethod;
    }

    public ParquetSchema Schema { get; }

    public CompressionMethod CompressionMethod { get; set; }

    /// <summary>File key-value metadata (e.g. lineage), written in the footer.</summary>
    public IDictionary<string, string> CustomMetadata { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    internal long Position { get; private set; }

    internal ParquetOptions Options => _options;

    /// <summary>Encoding buffers shared by every column chunk of this file, so chunks do not each grow their own.</summary>
    internal ColumnChunkBuffers Buffers { get; } = new();

    public static async Task<ParquetWriter> CreateAsync(
        ParquetSchema schema, Stream output, ParquetOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ParquetException("The output stream is not writable.");
        }

        var writer = new ParquetWriter(schema, output, options ?? new ParquetOptions());
        await writer.WriteAsync(Magic, cancellationToken);
        return writer;
    }

    public ParquetRowGroupWriter CreateRowGroup()
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (_open is not null)
        {
            throw new ParquetException("The previous row group is still open; dispose it before creating the next.");
        }

        _open = new ParquetRowGroupWriter(this, (short)_metadata.RowGroups.Count);
        return _open;
    }

    /// <summary>Writes whole-table columns, split into row groups of <see cref="ParquetOptions.RowGroupSize"/> rows.</summary>
    public async Task WriteTableAsync(IReadOnlyList<DataColumn> columns, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var rows = columns.Count == 0 ? 0 : columns[0].Count;
        var size = Math.Max(1, _options.RowGroupSize);
        for (var start = 0; start < rows || (start == 0 && rows == 0 && _metadata.RowGroups.Count == 0); start += size)
        {
            var count = Math.Min(size, rows - start);
            using var rowGroup = CreateRowGroup();
            foreach (var column in columns)
            {
                await rowGroup.WriteColumnAsync(column, start, count, cancellationToken);
            }

            if (rows == 0)
            {
                break;
            }
        }
    }

    internal async ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        try
        {
            await _output.WriteAsync(bytes, cancellationToken);
            Position += bytes.Length;
        }
        catch
        {
            _broken = true;
            throw;
        }
    }

    internal void Write(ReadOnlySpan<byte> bytes)
    {
        try
        {
            _output.Write(bytes);
            Position += bytes.Length;
        }
        catch
        {
            _broken = true;
            throw;
        }
    }

    internal void MarkBroken() => _broken = true;

    internal void CloseRowGroup(RowGroup? completed)
    {
        _open = null;
        if (completed is null)
        {
            _broken = true;
            return;
        }

        _metadata.RowGroups.Add(completed);
        _metadata.NumRows += completed.NumRows;
    }

    private byte[] Footer()
    {
        _metadata.Schema.AddRange(SchemaMapper.ToElements(Schema));
        _metadata.CreatedBy = _options.CreatedBy;
        foreach (var (key, value) in CustomMetadata.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            _metadata.KeyValueMetadata.Add(new KeyValue { Key = key, Value = value });
        }

        var thrift = new CompactWriter();
        _metadata.Write(thrift);
        var footer = new byte[thrift.Written.Length + 8];
        thrift.Written.CopyTo(footer);
        BinaryPrimitives.WriteInt32LittleEndian(footer.AsSpan(thrift.Written.Length), thrift.Written.Length);
        Magic.CopyTo(footer, thrift.Written.Length + 4);
        return footer;
    }

    private bool ShouldWriteFooter()
    {
        if (_finished)
        {
            return false;
        }

        _finished = true;
        if (_open is not null)
        {
            _broken = true;
        }

        return !_broken;
    }

    public async ValueTask DisposeAsync()
    {
        if (ShouldWriteFooter())
        {
            await WriteAsync(Footer(), CancellationToken.None);
            await _output.FlushAsync();
        }
    }

    public void Dispose()
    {
        if (ShouldWriteFooter())
        {
            Write(Footer());
            _output.Flush();
        }
    }
}
