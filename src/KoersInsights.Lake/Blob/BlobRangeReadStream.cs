namespace KoersInsights.Lake.Blob;

/// <summary>
/// A seekable read-only view of one blob in which every buffer fill is a ranged Get Blob, so a Parquet reader can
/// seek to the footer and read only the column chunks it needs. A read that continues where the previous range ended
/// fetches at least <see cref="BlobRestClientOptions.ReadAheadBytes"/> (sequential reading); a read after a seek fetches
/// what was asked, at least <see cref="MinimumRange"/> — a Parquet reader checking the 4-byte magic at the start
/// would otherwise pull a whole read-ahead it never uses. Every range carries If-Match with the
/// ETag seen at open, so a blob replaced mid-read fails with <see cref="LakeConflictException"/> instead of
/// mixing old and new bytes.
/// </summary>
public sealed class BlobRangeReadStream : Stream
{
    private readonly BlobRestClient _client;
    private readonly string _blobName;
    private readonly string _etag;
    /// <summary>The smallest range fetched after a seek: round trips, not bytes, dominate small reads.</summary>
    public const int MinimumRange = 64 * 1024;

    private readonly int _readAhead;
    private ReadOnlyMemory<byte> _buffer = ReadOnlyMemory<byte>.Empty;
    private long _bufferStart;
    private long _position;

    internal BlobRangeReadStream(BlobRestClient client, string blobName, long length, string etag, int readAhead)
    {
        _client = client;
        _blobName = blobName;
        _etag = etag;
        _readAhead = Math.Max(1, readAhead);
        Length = length;
    }

    /// <summary>Body bytes received from the service so far (the evidence that a read was partial).</summary>
    public long BytesDownloaded { get; private set; }

    /// <summary>Ranged GETs sent so far.</summary>
    public int RangeRequests { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length { get; }

    public override long Position
    {
        get => _position;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.Length == 0 || _position >= Length)
        {
            return 0;
        }

        if (_position < _bufferStart || _position >= _bufferStart + _buffer.Length)
        {
            var sequential = _buffer.Length > 0 && _position == _bufferStart + _buffer.Length;
            var want = (int)Math.Min(Math.Max(sequential ? _readAhead : MinimumRange, buffer.Length), Length - _position);
            var range = await _client.DownloadRangeAsync(_blobName, _position, want, _etag, cancellationToken);
            RangeRequests++;
            BytesDownloaded += range.Content.Length;
            if (range.Content.Length == 0)
            {
                throw new LakeConflictException($"{_blobName}: the object became shorter while it was being read; open it again.");
            }

            _buffer = range.Content;
            _bufferStart = _position;
        }

        var available = _buffer[(int)(_position - _bufferStart)..];
        var count = Math.Min(available.Length, buffer.Length);
        available[..count].CopyTo(buffer);
        _position += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // Synchronous callers (some format readers) get the same ranged reads; there is no SynchronizationContext here.
    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override long Seek(long offset, SeekOrigin origin)
    {
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            SeekOrigin.End => Length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        ArgumentOutOfRangeException.ThrowIfNegative(target, nameof(offset));
        _position = target;
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException("A lake read stream is read-only.");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("A lake read stream is read-only.");
}
