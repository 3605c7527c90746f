namespace KoersInsights.Ingestion.Templates;

/// <summary>
/// A delivery type of sources.md: its columns, the natural key (no two rows of one delivery may share it) and the
/// checks across columns. The entity name is also the file-name prefix and the bronze folder.
/// </summary>
/// <param name="HasSchooljaarInName">False only for <c>vragen.csv</c>, the survey question catalogue.</param>
public sealed record DeliveryTemplate(
    string Entity,
    IngestSource Source,
    IReadOnlyList<TemplateColumn> Columns,
    IReadOnlyList<string> NaturalKey,
    IReadOnlyList<RowRule> RowRules,
    bool HasSchooljaarInName = true,
    bool AllowBestuurInName = false)
{
    /// <summary>Bumped when a template's bronze columns change; stored in every bronze file and manifest entry.</summary>
    public const string SchemaVersion = "1";

    public TemplateColumn? Column(string name) => Columns.FirstOrDefault(c => c.Name == name);

    public int IndexOf(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}
