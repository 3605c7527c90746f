namespace KoersInsights.Lake.Blob;

public sealed partial class BlobRestClient
{
    /// <summary>Opens a seekable range-read stream on the blob (one Get Blob Properties to learn size and ETag).</summary>
    /// <exception cref="LakeObjectNotFoundException">The blob does not exist.</exception>
    public async Task<BlobRangeReadStream> OpenReadAsync(string blobName, CancellationToken cancellationToken = default)
    {
        var properties = await GetPropertiesAsync(blobName, cancellationToken) ?? throw new LakeObjectNotFoundException(blobName);
        return new BlobRangeReadStream(this, blobName, properties.ContentLength, properties.ETag, Options.ReadAheadBytes);
    }
}
