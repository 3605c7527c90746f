using KoersInsights.Lake;

namespace KoersInsights.Ingestion;

/// <summary>
/// A lease on <c>_manifest/locks/ingest-&lt;source&gt;</c>, renewed between files and in the background during a
/// long file, so two hosts never ingest the same source at once. The manifest's create-if-absent is the second guard.
/// </summary>
internal sealed class SourceLock : IAsyncDisposable
{
    private readonly ILakeLease _lease;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private SourceLock(ILakeLease lease, TimeSpan duration)
    {
        _lease = lease;
        _renewing = RenewLoopAsync(duration / 3, _stop.Token);
    }

    public static async Task<SourceLock?> TryAcquireAsync(ILakeStore lake, IngestSource source, TimeSpan duration, CancellationToken cancellationToken)
    {
        var lease = await lake.TryAcquireLeaseAsync($"_manifest/locks/ingest-{source.Folder()}", duration, cancellationToken);
        return lease is null ? null : new SourceLock(lease, duration);
    }

    public async Task RenewAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await _lease.RenewAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _renewing;
        }
        catch (OperationCanceledException)
        {
        }

        await _lease.DisposeAsync();
        _stop.Dispose();
        _gate.Dispose();
    }

    private async Task RenewLoopAsync(TimeSpan every, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(every);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            await RenewAsync(cancellationToken);
        }
    }
}
