namespace KoersInsights.Ingestion.Manifest;

/// <summary>The <c>status</c> values of a manifest entry (docs/lake.md).</summary>
public static class DeliveryStatus
{
    /// <summary>Every delivered row is in bronze (also a header-only file: 0 of 0).</summary>
    public const string Loaded = "loaded";

    /// <summary>Some rows in bronze, some in quarantine.</summary>
    public const string PartiallyQuarantined = "partially_quarantined";

    /// <summary>Nothing in bronze: a file-level problem, or every row failed.</summary>
    public const string Quarantined = "quarantined";

    public static string From(long loaded, long quarantined, bool fileLevel) =>
        fileLevel || (loaded == 0 && quarantined > 0) ? Quarantined
        : quarantined > 0 ? PartiallyQuarantined
        : Loaded;
}
