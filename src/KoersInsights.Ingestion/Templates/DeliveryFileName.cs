using System.Text.RegularExpressions;
using KoersInsights.Ingestion.Values;

namespace KoersInsights.Ingestion.Templates;

/// <summary>
/// The file-name rule of sources.md: <c>&lt;type&gt;_&lt;vestigingscode|SWV&gt;_&lt;yyyy-yyyy&gt;.csv</c>
/// (<c>enquete_…</c> for surveys, <c>vragen.csv</c> for the question catalogue; <c>middelen</c> may name a bestuur).
/// </summary>
public sealed partial record DeliveryFileName(DeliveryTemplate Template, string Party, Schooljaar? Schooljaar)
{
    public static DeliveryFileName? Parse(string fileName, IngestSource source, out string? problem)
    {
        problem = null;
        var known = string.Join(", ", TemplateCatalog.All.Where(t => t.Source == source).Select(t => t.Entity));
        if (!fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            problem = $"The file name '{fileName}' does not end in .csv; deliver a CSV file named <type>_<vestigingscode or SWV>_<yyyy-yyyy>.csv.";
            return null;
        }

        var stem = fileName[..^4];
        var parts = stem.Split('_');
        var type = parts[0].ToLowerInvariant();
        var template = TemplateCatalog.ForEntity(source, type);
        if (template is null)
        {
            problem = $"The file name '{fileName}' does not start with a known delivery type ({known}).";
            return null;
        }

        if (!template.HasSchooljaarInName)
        {
            if (parts.Length != 1)
            {
                problem = $"The question catalogue must be named {template.Entity}.csv, not '{fileName}'.";
                return null;
            }

            return new DeliveryFileName(template, "SWV", null);
        }

        var example = $"{template.Entity}_20FR00_2023-2024.csv";
        if (parts.Length != 3)
        {
            problem = parts.Length == 2 && Values.Schooljaar.TryParse(parts[1], out _)
                ? $"The file name '{fileName}' lacks the vestigingscode (or SWV): name it <type>_<vestigingscode or SWV>_<yyyy-yyyy>.csv, e.g. {example}."
                : $"The file name '{fileName}' lacks the schooljaar or has extra parts: name it <type>_<vestigingscode or SWV>_<yyyy-yyyy>.csv, e.g. {example}.";
            return null;
        }

        var party = parts[1].ToUpperInvariant();
        if (!(party == "SWV" || VestigingscodePattern().IsMatch(party) || (template.AllowBestuurInName && BestuurPattern().IsMatch(party))))
        {
            problem = $"'{parts[1]}' in the file name '{fileName}' is neither a vestigingscode (like 20FR00) nor SWV.";
            return null;
        }

        if (!Values.Schooljaar.TryParse(parts[2], out var schooljaar) || parts[2].Contains('/', StringComparison.Ordinal))
        {
            problem = $"'{parts[2]}' in the file name '{fileName}' is not a schooljaar like 2023-2024 (two consecutive years).";
            return null;
        }

        return new DeliveryFileName(template, party, schooljaar);
    }

    [GeneratedRegex("^[0-9]{2}[A-Z]{2}[0-9]{2}$")]
    internal static partial Regex VestigingscodePattern();

    [GeneratedRegex("^[0-9]{5}$")]
    internal static partial Regex BestuurPattern();
}
