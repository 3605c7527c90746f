namespace KoersInsights.Warehouse.Load;

/// <summary>Where the load reads the manifest and the bronze rows of a delivery (the lake, or a test's memory).</summary>
public interface IBronzeSource
{
    /// <summary>Every manifest entry, in any order.</summary>
    Task<IReadOnlyList<DeliveryEntry>> ReadManifestAsync(CancellationToken cancellationToken);

    /// <summary>The bronze rows of <paramref name="delivery"/>, one batch per row group.</summary>
    IAsyncEnumerable<ColumnBatch> ReadAsync(DeliveryEntry delivery, CancellationToken cancellationToken);
}
