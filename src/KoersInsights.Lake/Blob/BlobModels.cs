namespace KoersInsights.Lake.Blob;

/// <summary>Conditional headers for a blob operation (Specifying conditional headers, Blob REST reference).</summary>
/// <param name="IfMatch">Proceed only when the blob's ETag is this one.</param>
/// <param name="IfNoneMatch"><c>*</c>: proceed only when the blob does not exist.</param>
/// <param name="LeaseId">Required to write a blob that has an active lease.</param>
public sealed record BlobRequestConditions(string? IfMatch = null, string? IfNoneMatch = null, string? LeaseId = null)
{
    public static BlobRequestConditions IfNotExists { get; } = new(IfNoneMatch: "*");
}

/// <summary>Settings for an upload.</summary>
public sealed record BlobUploadOptions(
    string? ContentType = null,
    IReadOnlyDictionary<string, string>? Metadata = null,
    BlobRequestConditions? Conditions = null);

/// <summary>What the service returned for a committed write.</summary>
public sealed record BlobContentInfo(string ETag, DateTimeOffset LastModified);

/// <summary>Get Blob Properties, or one entry of List Blobs.</summary>
public sealed record BlobProperties(
    string Name,
    long ContentLength,
    DateTimeOffset LastModified,
    string ETag,
    string? ContentMd5,
    string? ContentType,
    IReadOnlyDictionary<string, string> Metadata,
    string? LeaseState);

/// <summary>One page of List Blobs; <see cref="NextMarker"/> is null on the last page.</summary>
public sealed record BlobListPage(IReadOnlyList<BlobProperties> Blobs, string? NextMarker);

/// <summary>The bytes of one ranged Get Blob, with the blob's total size and ETag at the time of the read.</summary>
public sealed record BlobRangeContent(ReadOnlyMemory<byte> Content, long BlobLength, string ETag);
