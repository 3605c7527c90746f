namespace KoersInsights.Lake;

/// <summary>
/// The lake as the rest of KoersInsights sees it: a flat namespace of objects addressed by '/'-separated paths
/// (e.g. <c>bronze/schools/opp/schooljaar=2023-2024/x.parquet</c>). Implemented by a local folder (default) and an
/// Azure Blob container (production). Both pass the same contract tests.
/// </summary>
public interface ILakeStore
{
    /// <summary>Where this lake lives, for messages (a folder or a container URL; never a key or signature).</summary>
    string Location { get; }

    /// <summary>Writes or replaces an object atomically: readers see the old or the whole new content, never part.</summary>
    Task WriteAsync(string path, Stream content, LakeWriteOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Creates the object only if it does not exist yet (If-None-Match: *). False when it already existed.</summary>
    Task<bool> TryCreateAsync(string path, Stream content, LakeWriteOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>A seekable read stream; on blob storage each read is a ranged GET, so a footer can be read first.</summary>
    /// <exception cref="LakeObjectNotFoundException">The object does not exist.</exception>
    Task<Stream> OpenReadAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>All objects whose path starts with <paramref name="prefix"/>, in ordinal path order, paged underneath.</summary>
    IAsyncEnumerable<LakeItem> ListAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>Size, content hash, last modified and metadata; null when the object does not exist.</summary>
    Task<LakeItem?> GetPropertiesAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Deletes the object; false when it did not exist.</summary>
    Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes an exclusive lease (a lock) on <paramref name="path"/> for <paramref name="duration"/>, creating an empty
    /// lock object when needed; null when another holder has it. Dispose releases it.
    /// </summary>
    Task<ILakeLease?> TryAcquireLeaseAsync(string path, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>Ends any lease on <paramref name="path"/> at once, whoever holds it (for an operator clearing a stuck lock).</summary>
    Task BreakLeaseAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>
    /// A read-only link to one object, or to every object under a prefix ending in '/', valid for
    /// <paramref name="validFor"/> (at most 72 hours). A local lake returns a file URI.
    /// </summary>
    Task<Uri> CreateReadLinkAsync(string pathOrPrefix, TimeSpan validFor, CancellationToken cancellationToken = default);
}

/// <summary>Optional settings for a write.</summary>
/// <param name="ContentType">MIME type, e.g. <c>application/vnd.apache.parquet</c>.</param>
/// <param name="Metadata">Small string key/values stored with the object (lineage).</param>
public sealed record LakeWriteOptions(string? ContentType = null, IReadOnlyDictionary<string, string>? Metadata = null);

/// <summary>One object in the lake.</summary>
/// <param name="ContentMd5">Base64 MD5 of the content when the store knows it.</param>
public sealed record LakeItem(
    string Path,
    long Size,
    DateTimeOffset LastModified,
    string? ContentMd5,
    IReadOnlyDictionary<string, string> Metadata);

/// <summary>An exclusive lease held on a lake object. Dispose releases it.</summary>
public interface ILakeLease : IAsyncDisposable
{
    string Path { get; }

    string LeaseId { get; }

    /// <summary>Extends the lease by its original duration.</summary>
    /// <exception cref="LakeLeaseLostException">The lease expired and someone else took it.</exception>
    Task RenewAsync(CancellationToken cancellationToken = default);

    Task ReleaseAsync(CancellationToken cancellationToken = default);
}
