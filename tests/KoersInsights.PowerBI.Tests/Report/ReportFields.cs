using System.Text.Json;

namespace KoersInsights.PowerBI.Tests.Report;

/// <summary>
/// Finds every Column and Measure reference in the report's JSON (visual projections, sorts, visual, page and report
/// filters, drill-through bindings). A SourceRef names its table directly (<c>Entity</c>) or through an alias
/// (<c>Source</c>) declared in the enclosing filter's <c>From</c>.
/// </summary>
public static class ReportFields
{
    public static IReadOnlyList<ReportFieldReference> Find(string reportFolder)
    {
        var found = new List<ReportFieldReference>();
        foreach (var path in Directory.EnumerateFiles(reportFolder, "*.json", SearchOption.AllDirectories))
        {
            var file = Path.GetRelativePath(reportFolder, path).Replace('\\', '/');
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            Walk(file, document.RootElement, new Dictionary<string, string>(), null, found);
        }

        return found;
    }

    private static void Walk(
        string file, JsonElement element, Dictionary<string, string> aliases, string? queryRef, List<ReportFieldReference> found)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(file, item, aliases, null, found);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("From", out var from) && from.ValueKind == JsonValueKind.Array)
        {
            aliases = new Dictionary<string, string>(aliases);
            foreach (var source in from.EnumerateArray())
            {
                if (source.TryGetProperty("Name", out var name) && source.TryGetProperty("Entity", out var entity))
                {
                    aliases[name.GetString()!] = entity.GetString()!;
                }
            }
        }

        var ownQueryRef = element.TryGetProperty("queryRef", out var q) ? q.GetString() : null;
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name is "Column" or "Measure" && property.Value.ValueKind == JsonValueKind.Object
                && property.Value.TryGetProperty("Property", out var name)
                && property.Value.TryGetProperty("Expression", out var expression)
                && expression.TryGetProperty("SourceRef", out var sourceRef))
            {
                var entity = sourceRef.TryGetProperty("Entity", out var e) ? e.GetString()
                    : sourceRef.TryGetProperty("Source", out var s) && aliases.TryGetValue(s.GetString()!, out var aliased) ? aliased
                    : "<unknown alias>";
                found.Add(new ReportFieldReference(file, property.Name, entity!, name.GetString()!, queryRef));
                continue;
            }

            Walk(file, property.Value, aliases, property.Name == "field" ? ownQueryRef : null, found);
        }
    }
}
