namespace KoersInsights.Ingestion.Bronze;

/// <summary>Lineage columns every bronze file ends with (docs/lake.md).</summary>
public static class BronzeLineage
{
    public const string SchemaVersionKey = "koers.schema_version";
    public const string DeliveryIdKey = "koers.delivery_id";
    public const string SourceSha256Key = "koers.source_sha256";
    public const string MappingProfileKey = "koers.mapping_profile";

    public static IReadOnlyList<BronzeField> Fields { get; } =
    [
        new("delivery_id", BronzeType.String, false),
        new("source_file", BronzeType.String, false),
        new("source_line", BronzeType.Int64, false),
        new("ingested_at", BronzeType.TimestampUtc, false),
    ];
}
