namespace KoersInsights.Lake.Blob;

/// <summary>A blob lease; renew before it runs out (15–60 s), release when done.</summary>
internal sealed class BlobLakeLease(BlobRestClient client, string path, string leaseId) : ILakeLease
{
    private bool _released;

    public string Path { get; } = path;

    public string LeaseId { get; } = leaseId;

    public Task RenewAsync(CancellationToken cancellationToken = default) => client.RenewLeaseAsync(Path, LeaseId, cancellationToken);

    public async Task ReleaseAsync(CancellationToken cancellationToken = default)
    {
        if (!_released)
        {
            await client.ReleaseLeaseAsync(Path, LeaseId, cancellationToken);
            _released = true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await ReleaseAsync();
        }
        catch (LakeLeaseLostException)
        {
            // Already someone else's: nothing left to release.
        }
    }
}
