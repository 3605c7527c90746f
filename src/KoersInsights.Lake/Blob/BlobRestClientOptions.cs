using Azure.Core;

namespace KoersInsights.Lake.Blob;

/// <summary>Pipeline options (retries, transport, diagnostics from Azure.Core) plus the transfer sizes.</summary>
public sealed class BlobRestClientOptions : ClientOptions
{
    /// <summary>Content up to this size goes up in one Put Blob; larger content in blocks.</summary>
    public int SingleUploadThreshold { get; set; } = 8 * 1024 * 1024;

    /// <summary>Size of each Put Block. 4 MiB keeps memory at <see cref="MaxParallelBlocks"/> × 4 MiB per upload.</summary>
    public int BlockSize { get; set; } = 4 * 1024 * 1024;

    /// <summary>Blocks of one upload in flight at the same time.</summary>
    public int MaxParallelBlocks { get; set; } = 4;

    /// <summary>Blobs per List Blobs page (the service maximum is 5,000).</summary>
    public int ListPageSize { get; set; } = 5000;

    /// <summary>Bytes fetched per ranged GET by the read stream; a small read near the end fetches only to the end.</summary>
    public int ReadAheadBytes { get; set; } = 1024 * 1024;
}
