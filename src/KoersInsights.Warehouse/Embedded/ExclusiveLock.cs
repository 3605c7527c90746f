namespace KoersInsights.Warehouse.Embedded;

/// <summary>
/// A lock file held open without sharing: two CLI processes starting the embedded warehouse at once take turns.
/// The operating system releases it when the process dies, so it cannot go stale.
/// </summary>
internal sealed class ExclusiveLock : IAsyncDisposable
{
    private readonly FileStream _stream;

    private ExclusiveLock(FileStream stream) => _stream = stream;

    public static async Task<ExclusiveLock> AcquireAsync(string path, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            try
            {
                return new ExclusiveLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
        }
    }

    public ValueTask DisposeAsync() => _stream.DisposeAsync();
}
