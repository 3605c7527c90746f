namespace KoersInsights.Warehouse.Load;

/// <summary>One manifest entry (docs/lake.md, "Manifest entry"), as far as the load needs it.</summary>
/// <param name="BronzePath">Lake path of the bronze Parquet file; null when the whole delivery was quarantined.</param>
public sealed record DeliveryEntry(
    string DeliveryId,
    string Source,
    string Entity,
    string LogicalName,
    string? Schooljaar,
    DateTimeOffset IngestedAt,
    string Sha256,
    string Status,
    string? BronzePath)
{
    /// <summary>
    /// True when the delivery takes part in the supersede rule (docs/lake.md): status loaded or partially_quarantined.
    /// A header-only delivery is loaded with 0 rows and no bronze file, and replaces an earlier one with nothing.
    /// </summary>
    public bool CountsForSupersede => Status is "loaded" or "partially_quarantined";
}
