using KoersInsights.Ingestion.Profiles;
using KoersInsights.Ingestion.Templates;

namespace KoersInsights.Ingestion.Validation;

/// <summary>
/// Matches a delivered header to a template, directly or through a mapping profile. A column the template does not
/// know, or a required column that is missing, rejects the whole file: we never store what we did not ask for
/// (reliability-privacy.md §8).
/// </summary>
public sealed class HeaderBinding
{
    private HeaderBinding(int[] sourceIndex, MappingProfile? profile, IReadOnlyList<IngestReason> problems)
    {
        SourceIndex = sourceIndex;
        Profile = profile;
        Problems = problems;
    }

    /// <summary>Per template column, the index of the delivered field, or -1 when an optional column is absent.</summary>
    public IReadOnlyList<int> SourceIndex { get; }

    public MappingProfile? Profile { get; }

    public IReadOnlyList<IngestReason> Problems { get; }

    public static HeaderBinding Bind(
        string fileName, IReadOnlyList<string> header, DeliveryTemplate template, IEnumerable<MappingProfile> profiles)
    {
        var direct = BindWith(fileName, header, template, null);
        if (direct.Problems.Count == 0)
        {
            return direct;
        }

        foreach (var profile in profiles.Where(p => p.Applies(template.Entity)))
        {
            var mapped = BindWith(fileName, header, template, profile);
            if (mapped.Problems.Count == 0)
            {
                return mapped;
            }
        }

        return direct;
    }

    /// <summary>Template spelling of a delivered header: trimmed, lower case, spaces and hyphens as underscores.</summary>
    public static string Normalise(string header) =>
        header.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');

    private static HeaderBinding BindWith(string fileName, IReadOnlyList<string> header, DeliveryTemplate template, MappingProfile? profile)
    {
        var problems = new List<IngestReason>();
        var sourceIndex = Enumerable.Repeat(-1, template.Columns.Count).ToArray();
        for (var i = 0; i < header.Count; i++)
        {
            var name = profile?.Rename(header[i]) ?? Normalise(header[i]);
            var column = template.IndexOf(name);
            if (header[i].Length == 0)
            {
                problems.Add(new IngestReason(fileName, 1, $"(column {i + 1})", string.Empty, Rules.UnknownColumn,
                    $"Column {i + 1} has no name in the header row; remove the empty column or name it."));
            }
            else if (column < 0)
            {
                problems.Add(new IngestReason(fileName, 1, header[i], string.Empty, Rules.UnknownColumn,
                    $"The column '{header[i]}' is not part of the {template.Entity} template, so the whole file is refused (we store only what we asked for). Remove the column; allowed: {string.Join(", ", template.Columns.Select(c => c.Name))}."));
            }
            else if (sourceIndex[column] >= 0)
            {
                problems.Add(new IngestReason(fileName, 1, header[i], string.Empty, Rules.DuplicateColumn,
                    $"The column '{template.Columns[column].Name}' appears twice in the header."));
            }
            else
            {
                sourceIndex[column] = i;
            }
        }

        for (var c = 0; c < template.Columns.Count; c++)
        {
            if (sourceIndex[c] < 0 && template.Columns[c].Required)
            {
                problems.Add(new IngestReason(fileName, 1, template.Columns[c].Name, string.Empty, Rules.MissingColumn,
                    $"The required column '{template.Columns[c].Name}' is missing from the header, so the whole file is refused."));
            }
        }

        foreach (var rule in template.RowRules.OfType<ExactlyOneRule>())
        {
            if (sourceIndex[template.IndexOf(rule.First)] < 0 && sourceIndex[template.IndexOf(rule.Second)] < 0)
            {
                problems.Add(new IngestReason(fileName, 1, $"{rule.First}/{rule.Second}", string.Empty, Rules.MissingColumn,
                    $"The header needs a column '{rule.First}' or '{rule.Second}'."));
            }
        }

        return new HeaderBinding(sourceIndex, profile, problems);
    }
}
