namespace KoersInsights.Lake.Blob;

public sealed partial class AzureBlobLake
{
    /// <summary>Blob leases last 15–60 seconds or are infinite (Lease Blob); other durations are refused.</summary>
    public async Task<ILakeLease?> TryAcquireLeaseAsync(string path, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        LakePath.ValidateObject(path);
        await _containerReady.Value;
        string? leaseId;
        try
        {
            leaseId = await Client.AcquireLeaseAsync(path, duration, cancellationToken: cancellationToken);
        }
        catch (LakeObjectNotFoundException)
        {
            // The lock object does not exist yet: create it empty (whoever wins the create), then compete for the lease.
            await TryCreateAsync(path, Stream.Null, cancellationToken: cancellationToken);
            leaseId = await Client.AcquireLeaseAsync(path, duration, cancellationToken: cancellationToken);
        }

        return leaseId is null ? null : new BlobLakeLease(Client, path, leaseId);
    }

    public Task BreakLeaseAsync(string path, CancellationToken cancellationToken = default) =>
        Client.BreakLeaseAsync(LakePath.ValidateObject(path), cancellationToken);
}
