using System.Text.Json.Serialization;
using KoersInsights.Ingestion.Validation;

namespace KoersInsights.Ingestion.Profiles;

/// <summary>
/// Renames the columns of a known school system's export to template names (sources.md §2), as data: one JSON file
/// per system in this folder (embedded), or in <c>$KOERS_HOME/profiles/</c> for a region's own.
/// </summary>
public sealed class MappingProfile
{
    private Dictionary<string, string>? _byHeader;

    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Templates the profile applies to; empty means all.</summary>
    [JsonPropertyName("entities")]
    public IReadOnlyList<string> Entities { get; init; } = [];

    /// <summary>Delivered header → template column.</summary>
    [JsonPropertyName("columns")]
    public IReadOnlyDictionary<string, string> Columns { get; init; } = new Dictionary<string, string>();

    /// <summary>For wide survey exports: how question columns become <c>vraag_code</c> rows.</summary>
    [JsonPropertyName("wide")]
    public WideSurveyLayout? Wide { get; init; }

    public bool Applies(string entity) => Entities.Count == 0 || Entities.Contains(entity, StringComparer.Ordinal);

    /// <summary>The template name for a delivered header: the profile's rename, else the header in template spelling.</summary>
    public string Rename(string header)
    {
        _byHeader ??= Columns.ToDictionary(c => HeaderBinding.Normalise(c.Key), c => c.Value, StringComparer.Ordinal);
        var key = HeaderBinding.Normalise(header);
        return _byHeader.TryGetValue(key, out var name) ? name : key;
    }
}

/// <summary>A wide export: one row per respondent, one column per question.</summary>
public sealed class WideSurveyLayout
{
    /// <summary>Question column header → vraag_code.</summary>
    [JsonPropertyName("questions")]
    public IReadOnlyDictionary<string, string> Questions { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Regular expression with a group <c>code</c> taking the vraag_code from a header like <c>TEV01 Hoe tevreden…</c>,
    /// for columns not listed in <see cref="Questions"/>.
    /// </summary>
    [JsonPropertyName("question_pattern")]
    public string? QuestionPattern { get; init; }

    /// <summary>Template columns with one value for the whole file (doelgroep, vragenlijst).</summary>
    [JsonPropertyName("constants")]
    public IReadOnlyDictionary<string, string> Constants { get; init; } = new Dictionary<string, string>();
}
