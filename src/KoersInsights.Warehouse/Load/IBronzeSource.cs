using System.Runtime.CompilerServices;

namespace KoersInsights.Warehouse.Load;

/// <summary>Where the load reads the manifest and the bronze rows of a delivery (the lake, or a test's memory).</summary>
public interface IBronzeSource
{
    /// <summary>Every manifest entry, in any order.</summary>
    Task<IReadOnlyList<DeliveryEntry>> ReadManifestAsync(CancellationToken cancellationToken);

    /// <summary>The bronze rows of <paramref name="delivery"/>, one batch per row group.</summary>
    IAsyncEnumerable<ColumnBatch> ReadAsync(DeliveryEntry delivery, CancellationToken cancellationToken);

    /// <summary>
    /// Only the named columns the delivery has (the load reads natural keys before the rows). A source that cannot
    /// read columns separately returns its whole batches with the other columns left out.
    /// </summary>
    async IAsyncEnumerable<ColumnBatch> ReadColumnsAsync(
        DeliveryEntry delivery, IReadOnlySet<string> columns, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var batch in ReadAsync(delivery, cancellationToken))
        {
            yield return batch with { Columns = [.. batch.Columns.Where(c => columns.Contains(c.Name))] };
        }
    }
}
