using System.Text.Json.Serialization;

namespace KoersInsights.Ingestion.Manifest;

/// <summary>One <c>_manifest/deliveries/&lt;delivery-id&gt;.json</c> (docs/lake.md, "Manifest entry").</summary>
public sealed record DeliveryManifestEntry
{
    [JsonPropertyName("delivery_id")]
    public required string DeliveryId { get; init; }

    [JsonPropertyName("source")]
    public required string Source { get; init; }

    [JsonPropertyName("entity")]
    public required string Entity { get; init; }

    [JsonPropertyName("logical_name")]
    public required string LogicalName { get; init; }

    /// <summary><c>yyyy-yyyy</c>; null when the file name did not say (a file-level rejection).</summary>
    [JsonPropertyName("schooljaar")]
    public string? Schooljaar { get; init; }

    [JsonPropertyName("file_name")]
    public required string FileName { get; init; }

    [JsonPropertyName("sha256")]
    public required string Sha256 { get; init; }

    [JsonPropertyName("ingested_at")]
    public required DateTimeOffset IngestedAt { get; init; }

    [JsonPropertyName("rows_delivered")]
    public required long RowsDelivered { get; init; }

    [JsonPropertyName("rows_loaded")]
    public required long RowsLoaded { get; init; }

    [JsonPropertyName("rows_quarantined")]
    public required long RowsQuarantined { get; init; }

    /// <summary>Rows in the bronze file: equals <see cref="RowsLoaded"/> except for wide surveys (one row per answer).</summary>
    [JsonPropertyName("bronze_rows")]
    public required long BronzeRows { get; init; }

    [JsonPropertyName("status")]
    public required string Status { get; init; }

    [JsonPropertyName("bronze_path")]
    public string? BronzePath { get; init; }

    /// <summary>The first 20 reasons; all of them are in <c>quarantine/&lt;delivery-id&gt;/reasons.csv</c>.</summary>
    [JsonPropertyName("reasons")]
    public required IReadOnlyList<ManifestReason> Reasons { get; init; }

    /// <summary>Total number of reasons (lines in reasons.csv).</summary>
    [JsonPropertyName("reason_count")]
    public required long ReasonCount { get; init; }

    [JsonPropertyName("schema_version")]
    public required string SchemaVersion { get; init; }

    /// <summary>The mapping profile that renamed the delivered columns, if any.</summary>
    [JsonPropertyName("mapping_profile")]
    public string? MappingProfile { get; init; }
}

/// <summary>One reason as stored in the manifest: the columns of reasons.csv.</summary>
public sealed record ManifestReason(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("line")] long Line,
    [property: JsonPropertyName("column")] string Column,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("message")] string Message);
