namespace KoersInsights.Lake.Local;

/// <summary>A lease held on a local lake object through its lease file generation.</summary>
internal sealed class LocalLakeLease(LocalFolderLake lake, string path, LocalLeaseRecord record, TimeSpan duration) : ILakeLease
{
    private LocalLeaseRecord _record = record;
    private bool _released;

    public string Path { get; } = path;

    public string LeaseId => _record.LeaseId;

    public async Task RenewAsync(CancellationToken cancellationToken = default) =>
        _record = await lake.RenewLeaseAsync(Path, _record, duration, cancellationToken);

    public async Task ReleaseAsync(CancellationToken cancellationToken = default)
    {
        if (!_released)
        {
            await lake.ReleaseLeaseAsync(Path, _record, cancellationToken);
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
            // Nothing to give back: someone else holds it now, which is what a release would have allowed anyway.
        }
    }
}
