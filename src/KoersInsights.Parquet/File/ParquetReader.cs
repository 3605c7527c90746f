using System.Buffers.Binary;
using KoersInsights.Parquet.Schema;
using KoersInsights.Parquet.Thrift;

namespace KoersInsights.Parquet.File;

/// <summary>
/// Reads a Parquet file through any seekable stream: the footer first, then only the column chunks asked for, so a
/// blob is range-read rather than downloaded whole. Corrupt or truncated input gives a <see cref="ParquetException"/>.
/// </summary>
public sealed class ParquetReader : IDisposable
{
    private readonly Stream _input;
    private readonly bool _leaveOpen;
    private readonly FileMetaData _metadata;
    private readonly ParquetOptions _options;

    private ParquetReader(Stream input, bool leaveOpen, FileMetaData metadata, ParquetSchema schema, ParquetOptions options)
    {
        _input = input;
        _leaveOpen = leaveOpen;
        _metadata = metadata;
        _options = options;
        Schema = schema;
        CustomMetadata = metadata.KeyValueMetadata
            .GroupBy(kv => kv.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Value ?? "", StringComparer.Ordinal);
    }

    public ParquetSchema Schema { get; }

    public int RowGroupCount => _metadata.RowGroups.Count;

    public long RowCount => _metadata.NumRows;

    public string? CreatedBy => _metadata.CreatedBy;

    public IReadOnlyDictionary<string, string> CustomMetadata { get; }

    internal ParquetOptions Options => _options;

    public static async Task<ParquetReader> CreateAsync(string path, ParquetOptions? options = null, CancellationToken cancellationToken = default)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        try
        {
            return await CreateAsync(stream, options, leaveStreamOpen: false, cancellationToken);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    public static async Task<ParquetReader> CreateAsync(
        Stream input, ParquetOptions? options = null, bool leaveStreamOpen = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!input.CanSeek || !input.CanRead)
        {
            throw new ParquetException("Reading Parquet needs a readable, seekable stream (the footer is at the end).");
        }

        options ??= new ParquetOptions();
        var length = input.Length;
        if (length < 12)
        {
            throw new ParquetException($"Not a Parquet file: {length} bytes is too short.");
        }

        var head = await ReadRangeAsync(input, 0, 4, cancellationToken);
        var tail = await ReadRangeAsync(input, length - 8, 8, cancellationToken);
        if (!head.AsSpan().SequenceEqual(ParquetWriter.Magic))
        {
            throw new ParquetException("Not a Parquet file: it does not start with PAR1.");
        }

        if (!tail.AsSpan(4).SequenceEqual(ParquetWriter.Magic))
        {
            throw new ParquetException("Not a complete Parquet file: the footer is missing (truncated or an interrupted write).");
        }

        var footerLength = BinaryPrimitives.ReadInt32LittleEndian(tail);
        if (footerLength <= 0 || footerLength > length - 12)
        {
            throw new ParquetException($"Corrupt Parquet file: footer length {footerLength} in a file of {length} bytes.");
        }

        var footer = await ReadRangeAsync(input, length - 8 - footerLength, footerLength, cancellationToken);
        var metadata = ParseFooter(footer);
        try
        {
            var schema = SchemaMapper.FromElements(metadata.Schema);
            FooterValidation.Check(metadata, schema, length - 8 - footerLength, options);
            return new ParquetReader(input, leaveStreamOpen, metadata, schema, options);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or OverflowException)
        {
            throw new ParquetException($"Corrupt Parquet metadata: {e.Message}", e);
        }
    }

    public ParquetRowGroupReader OpenRowGroupReader(int index)
    {
        if (index < 0 || index >= RowGroupCount)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The file has {RowGroupCount} row groups.");
        }

        return new ParquetRowGroupReader(this, _metadata.RowGroups[index]);
    }

    /// <summary>The row groups whose statistics do not rule out all of the predicates (statistics-based skipping).</summary>
    public IReadOnlyList<int> FindRowGroups(params ColumnPredicate[] predicates)
    {
        ArgumentNullException.ThrowIfNull(predicates);
        var result = new List<int>();
        for (var i = 0; i < RowGroupCount; i++)
        {
            var rowGroup = OpenRowGroupReader(i);
            if (predicates.All(rowGroup.MayMatch))
            {
                result.Add(i);
            }
        }

        return result;
    }

    internal async Task<byte[]> ReadChunkAsync(long offset, int length, CancellationToken cancellationToken) =>
        await ReadRangeAsync(_input, offset, length, cancellationToken);

    private static FileMetaData ParseFooter(byte[] footer)
    {
        try
        {
            var reader = new CompactReader(footer);
            return FileMetaData.Read(ref reader);
        }
        catch (Exception e) when (e is OverflowException or InvalidCastException or ArgumentException)
        {
            throw new ParquetException($"Corrupt Parquet metadata: {e.Message}", e);
        }
    }

    private static async Task<byte[]> ReadRangeAsync(Stream input, long offset, int length, CancellationToken cancellationToken)
    {
        var buffer = new byte[length];
        input.Seek(offset, SeekOrigin.Begin);
        try
        {
            await input.ReadExactlyAsync(buffer, cancellationToken);
        }
        catch (EndOfStreamException e)
        {
            throw new ParquetException("Truncated Parquet file: the stream ended early.", e);
        }

        return buffer;
    }

    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _input.Dispose();
        }
    }
}
