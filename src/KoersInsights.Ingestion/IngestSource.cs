namespace KoersInsights.Ingestion;

/// <summary>The three landing areas (docs/lake.md): <c>landing/duo</c>, <c>landing/schools</c>, <c>landing/surveys</c>.</summary>
public enum IngestSource
{
    Duo,
    Schools,
    Surveys,
}

public static class IngestSourceNames
{
    /// <summary>The folder name under landing/ and bronze/.</summary>
    public static string Folder(this IngestSource source) => source switch
    {
        IngestSource.Duo => "duo",
        IngestSource.Schools => "schools",
        IngestSource.Surveys => "surveys",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    public static string LandingPrefix(this IngestSource source) => $"landing/{source.Folder()}/";

    public static bool TryParse(string text, out IngestSource source)
    {
        foreach (var candidate in Enum.GetValues<IngestSource>())
        {
            if (string.Equals(candidate.Folder(), text, StringComparison.OrdinalIgnoreCase))
            {
                source = candidate;
                return true;
            }
        }

        source = default;
        return false;
    }
}
