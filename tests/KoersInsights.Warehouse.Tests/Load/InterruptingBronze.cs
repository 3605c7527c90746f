using System.Runtime.CompilerServices;
using KoersInsights.Warehouse.Load;

namespace KoersInsights.Warehouse.Tests.Load;

/// <summary>
/// Wraps a bronze source and runs <paramref name="interrupt"/> when the load starts reading the rows of delivery
/// number <paramref name="at"/> (staged deliveries first, then the row-grain facts it copies into dw); reading
/// natural keys only does not count.
/// </summary>
internal sealed class InterruptingBronze(IBronzeSource inner, int at, Func<Task> interrupt) : IBronzeSource
{
    private int _reads;

    public Task<IReadOnlyList<DeliveryEntry>> ReadManifestAsync(CancellationToken cancellationToken) => inner.ReadManifestAsync(cancellationToken);

    public IAsyncEnumerable<ColumnBatch> ReadColumnsAsync(DeliveryEntry delivery, IReadOnlySet<string> columns, CancellationToken cancellationToken) =>
        inner.ReadColumnsAsync(delivery, columns, cancellationToken);

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
