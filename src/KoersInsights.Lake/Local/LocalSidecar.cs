using System.Text.Json.Serialization;

namespace KoersInsights.Lake.Local;

/// <summary>
/// What a local object keeps beside its bytes (under <c>.lake-meta/objects/</c>). Size and write time stamp which
/// content the MD5 belongs to: a file replaced behind the lake's back gets its hash recomputed, not a stale one.
/// </summary>
internal sealed record LocalSidecar(
    [property: JsonPropertyName("size")] long Size,
    [property: JsonPropertyName("lastWriteTicks")] long LastWriteTicks,
    [property: JsonPropertyName("contentMd5")] string ContentMd5,
    [property: JsonPropertyName("contentType")] string? ContentType,
    [property: JsonPropertyName("metadata")] Dictionary<string, string> Metadata)
{
    public bool Describes(FileInfo file) => file.Length == Size && file.LastWriteTimeUtc.Ticks == LastWriteTicks;
}
