namespace KoersInsights.Warehouse.Load;

/// <summary>
/// Which deliveries a load puts into dw and which it takes out (docs/lake.md: per source × entity × logical name only
/// the delivery with the latest ingested_at counts). The same rule as
/// <c>KoersInsights.Ingestion.Manifest.DeliveryManifest.Current</c>, on <see cref="DeliveryEntry"/> so any source plans
/// alike: a re-delivery quarantined as a whole does not wipe the earlier good one.
/// </summary>
internal sealed record DeliveryPlan(IReadOnlyList<DeliveryEntry> ToLoad, IReadOnlyList<DeliveryEntry> ToRemove)
{
    public bool IsEmpty => ToLoad.Count == 0 && ToRemove.Count == 0;

    /// <param name="manifest">Every manifest entry.</param>
    /// <param name="inWarehouse">Deliveries whose rows are in dw now (last action 'loaded' or 'ignored').</param>
    public static DeliveryPlan Create(IReadOnlyList<DeliveryEntry> manifest, IReadOnlySet<string> inWarehouse)
    {
        var current = manifest
            .Where(d => d.CountsForSupersede)
            .GroupBy(d => (d.Source, d.Entity, d.LogicalName))
            .Select(g => g.OrderByDescending(d => d.IngestedAt).ThenByDescending(d => d.DeliveryId, StringComparer.Ordinal).First())
            .ToDictionary(d => d.DeliveryId, StringComparer.Ordinal);
        var byId = manifest.GroupBy(d => d.DeliveryId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var toLoad = current.Values
            .Where(d => !inWarehouse.Contains(d.DeliveryId))
            .OrderBy(d => d.Schooljaar, StringComparer.Ordinal).ThenBy(d => d.IngestedAt).ThenBy(d => d.DeliveryId, StringComparer.Ordinal)
            .ToList();
        var toRemove = inWarehouse
            .Where(id => !current.ContainsKey(id) && byId.ContainsKey(id))
            .Select(id => byId[id])
            .OrderBy(d => d.DeliveryId, StringComparer.Ordinal)
            .ToList();
        return new DeliveryPlan(toLoad, toRemove);
    }
}
