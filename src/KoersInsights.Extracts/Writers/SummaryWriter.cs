using System.Text;
using KoersInsights.Extracts.Disclosure;
using KoersInsights.Extracts.Publishing;
using KoersInsights.Extracts.Scope;

namespace KoersInsights.Extracts.Writers;

/// <summary>
/// <c>samenvatting.md</c>: the main trends for the gemeente in a few lines — per indicator the published value of the
/// gemeente's schools and of its residents in the first and the last schooljaar of the release. Only published
/// numbers appear; a hidden one reads '*'.
/// </summary>
public static class SummaryWriter
{
    public static byte[] Write(GemeenteScope scope, IReadOnlyList<IndicatorRow> rows, DisclosureGrid grid, IReadOnlyDictionary<string, IndicatorDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(definitions);
        var years = scope.Schooljaren.Order(StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.Append("# Extract ").Append(scope.Naam).Append(" (").Append(scope.Gemeentecode).Append(")\n\n");
        text.Append("Schooljaren ").Append(string.Join(", ", years)).Append(". Scholen in de gemeente: ")
            .Append(scope.Vestigingen.Select(v => v.Vestigingscode).Distinct().Count()).Append(" vestigingen.\n\n");
        if (years.Count > 0)
        {
            text.Append("| indicator | niveau | ").Append(years[0]).Append(" | ").Append(years[^1]).Append(" | verschil |\n");
            text.Append("| --- | --- | ---: | ---: | --- |\n");
            foreach (var line in Lines(rows, grid, definitions, years[0], years[^1]))
            {
                text.Append(line).Append('\n');
            }
        }

        text.Append('\n');
        foreach (var note in SuppressionNote.Lines(grid.Policy))
        {
            text.Append(note).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static IEnumerable<string> Lines(
        IReadOnlyList<IndicatorRow> rows, DisclosureGrid grid, IReadOnlyDictionary<string, IndicatorDefinition> definitions, string first, string last)
    {
        var totals = rows.Where(r => r.Uitsplitsing.Length == 0 && r.Niveau is Niveaus.Gemeente or Niveaus.Woongemeente)
            .ToLookup(r => (r.IndicatorCode, r.Niveau));
        foreach (var group in totals.OrderBy(g => g.Key.IndicatorCode, StringComparer.Ordinal).ThenBy(g => g.Key.Niveau, StringComparer.Ordinal))
        {
            var from = Shown(group.FirstOrDefault(r => r.Schooljaar == first), grid);
            var to = Shown(group.FirstOrDefault(r => r.Schooljaar == last), grid);
            if (from is null && to is null)
            {
                continue;
            }

            var naam = definitions.GetValueOrDefault(group.Key.IndicatorCode)?.Naam ?? group.Key.IndicatorCode;
            var niveau = group.Key.Niveau == Niveaus.Gemeente ? "scholen in de gemeente" : "inwoners";
            var change = from is { } a && to is { } b ? (b > a ? "hoger" : b < a ? "lager" : "gelijk") : string.Empty;
            yield return $"| {naam} | {niveau} | {Text(from)} | {Text(to)} | {change} |";
        }
    }

    private static decimal? Shown(IndicatorRow? row, DisclosureGrid grid) =>
        row is not null && RowFate.Of(row, grid).Waarde == CellStatus.Published ? Math.Round(row.Waarde!.Value, 1) : null;

    private static string Text(decimal? value) => value is { } v ? NumberText.Format(v) : ReleaseValue.Marker;
}
