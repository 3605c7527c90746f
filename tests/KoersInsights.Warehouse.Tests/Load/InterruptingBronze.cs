using System.Runtime.CompilerServices;
using KoersInsights.Warehouse.Load;

namespace KoersInsights.Warehouse.Tests.Load;

/// <summary>Wraps a bronze source and runs <paramref name="interrupt"/> when the load starts reading delivery number <paramref name="at"/>.</summary>
internal sealed class InterruptingBronze(IBronzeSource inner, int at, Func<Task> interrupt) : IBronzeSource
{
    private int _reads;

    public Task<IReadOnlyList<DeliveryEntry>> ReadManifestAsync(CancellationToken cancellationToken) => inner.ReadManifestAsync(cancellationToken);

    public async IAsyncEnumerable<ColumnBatch> ReadAsync(DeliveryEntry delivery, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (++_reads == at)
        {
            await interrupt();
        }

        await foreach (var batch in inner.ReadAsync(delivery, cancellationToken))
        {
            yield return batch;
        }
    }
}
