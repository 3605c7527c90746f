using System.Text;
using System.Text.Json;
using KoersInsights.Extracts.Disclosure;

namespace KoersInsights.Extracts.Writers;

/// <summary>What <c>manifest.json</c> records about a release, besides its files.</summary>
public sealed record ManifestInfo(
    string Gemeentecode,
    string GemeenteNaam,
    string ReleaseId,
    DateTimeOffset GeneratedAt,
    long SourceLoadId,
    string DefinitionsVersion,
    IReadOnlyList<string> Schooljaren,
    ThresholdPolicy Policy,
    int Primary,
    int Secondary,
    int DuoMasked);

/// <summary>
/// <c>manifest.json</c>: the files with SHA-256 and row counts, the definitions version, the suppression parameters,
/// <c>generated_at</c> (the source load's finish time, so re-running on unchanged data changes nothing) and the load id.
/// </summary>
public static class ManifestWriter
{
    public static byte[] Write(ManifestInfo info, IReadOnlyList<ReleaseFile> files)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(files);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("gemeente", info.Gemeentecode);
            json.WriteString("gemeente_naam", info.GemeenteNaam);
            json.WriteString("release", info.ReleaseId);
            json.WriteString("generated_at", info.GeneratedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteNumber("source_load_id", info.SourceLoadId);
            json.WriteString("definitions_version", info.DefinitionsVersion);
            json.WriteStartArray("schooljaren");
            info.Schooljaren.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            WriteSuppression(json, info);
            json.WriteStartArray("files");
            foreach (var file in files.OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("name", file.Name);
                json.WriteString("sha256", file.Sha256);
                json.WriteNumber("bytes", file.Content.Length);
                json.WriteNumber("rows", file.Rows);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return [.. buffer.ToArray(), .. Encoding.UTF8.GetBytes("\n")];
    }

    private static void WriteSuppression(Utf8JsonWriter json, ManifestInfo info)
    {
        json.WriteStartObject("suppression");
        json.WriteNumber("threshold", info.Policy.Threshold);
        json.WriteNumber("sensitive_threshold", info.Policy.SensitiveThreshold);
        json.WriteStartArray("sensitive_indicators");
        info.Policy.SensitiveIndicators.ToList().ForEach(json.WriteStringValue);
        json.WriteEndArray();
        json.WriteStartArray("sensitive_splits");
        info.Policy.SensitiveSplits.ToList().ForEach(json.WriteStringValue);
        json.WriteEndArray();
        json.WriteString("marker", ReleaseValue.Marker);
        json.WriteStartObject("reden");
        json.WriteString("P", SuppressionNote.Primary);
        json.WriteString("S", SuppressionNote.Secondary);
        json.WriteString("D", SuppressionNote.DuoMasked);
        json.WriteEndObject();
        json.WriteNumber("primary_cells", info.Primary);
        json.WriteNumber("secondary_cells", info.Secondary);
        json.WriteNumber("duo_masked_cells", info.DuoMasked);
        json.WriteEndObject();
    }
}
