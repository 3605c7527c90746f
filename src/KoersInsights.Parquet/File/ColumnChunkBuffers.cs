using KoersInsights.Parquet.Encodings;

namespace KoersInsights.Parquet.File;

/// <summary>
/// The page and column-chunk buffers of one file writer. Chunks are written to the output one at a time, so one
/// pair serves them all; after the first row group they no longer grow.
/// </summary>
internal sealed class ColumnChunkBuffers
{
    public ByteBuffer Chunk { get; } = new(64 * 1024);

    public ByteBuffer Page { get; } = new(64 * 1024);

    public ByteBuffer StartChunk()
    {
        Chunk.Clear();
        return Chunk;
    }
}
