using KoersInsights.Ingestion.Values;

namespace KoersInsights.Ingestion.Manifest;

/// <summary>Names and paths of docs/lake.md, in one place.</summary>
public static class DeliveryIds
{
    public const string ManifestPrefix = "_manifest/deliveries/";

    /// <summary>The file name without extension, lower case.</summary>
    public static string LogicalName(string fileName) => Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant();

    /// <summary><c>&lt;logical-name&gt;.&lt;first 16 hex of the content SHA-256&gt;</c>.</summary>
    public static string For(string fileName, string sha256) => $"{LogicalName(fileName)}.{sha256[..16]}";

    public static string ManifestPath(string deliveryId) => $"{ManifestPrefix}{deliveryId}.json";

    public static string BronzePath(IngestSource source, string entity, Schooljaar schooljaar, string deliveryId) =>
        $"bronze/{source.Folder()}/{entity}/schooljaar={schooljaar}/{deliveryId}.parquet";

    public static string QuarantineFolder(string deliveryId) => $"quarantine/{deliveryId}/";

    public static string ReasonsPath(string deliveryId) => $"{QuarantineFolder(deliveryId)}reasons.csv";
}
