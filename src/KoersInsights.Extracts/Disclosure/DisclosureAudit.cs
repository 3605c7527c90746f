using KoersInsights.Extracts.Publishing;
using KoersInsights.Extracts.Scope;
using KoersInsights.Extracts.Writers;

namespace KoersInsights.Extracts.Disclosure;

/// <summary>
/// Audits a release as a reader would attack it (reliability-privacy.md §12–15), from the published CSV files and the
/// warehouse's true values — independent of the statuses the suppression step kept in memory:
/// <list type="number">
/// <item>no published count of 1 to threshold−1, and every published number equals the warehouse's;</item>
/// <item>no waarde (or median/amount) shown beside a hidden teller or noemer;</item>
/// <item>no hidden cell (nor an unpublished rest of 1 to threshold−1) is recoverable from the identities of the
/// release — exact solving over all tables at once, so chains and combinations across tables are caught — or
/// confined to an interval narrower than its threshold;</item>
/// <item>no difference of two published overlapping cells (total − part, subregio − gemeente) is 1 to threshold−1.</item>
/// </list>
/// </summary>
public static class DisclosureAudit
{
    /// <param name="csvFiles">The release's table files by name (<c>vestigingen.csv</c>, …).</param>
    /// <returns>Human-readable findings; empty means the release passed.</returns>
    public static IReadOnlyList<string> Run(
        IReadOnlyDictionary<string, byte[]> csvFiles, GemeenteScope scope, IReadOnlyList<IndicatorRow> truth, ThresholdPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(csvFiles);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(policy);
        var findings = new List<string>();
        var grid = DisclosureGrid.FromRows(truth, policy);
        RelationBuilder.AddRelations(grid, scope);
        var shown = new HashSet<CellKey>();
        var byKey = truth.ToDictionary(r => DisclosureGrid.KeyOf(r, Measure.Teller));

        foreach (var (name, content) in csvFiles.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var lines = CsvTableReader.Read(content);
            var header = lines[0].ToList();
            int Col(string column) => header.IndexOf(column);
            foreach (var line in lines.Skip(1))
            {
                var key = new CellKey(line[Col("indicator_code")], line[Col("niveau")], line[Col("code")], line[Col("schooljaar")], line[Col("uitsplitsing")], Measure.Teller);
                if (!byKey.TryGetValue(key, out var row) || !scope.Contains(row))
                {
                    findings.Add($"{name}: row {key} is not in the gemeente's scope");
                    continue;
                }

                var teller = grid.Get(key);
                var noemer = grid.Get(key with { Measure = Measure.Noemer });
                ReadCell(name, teller, line[Col("teller")], findings);
                ReadCell(name, noemer, line[Col("noemer")], findings);
                shown.Add(key);
                var waardeShown = line[Col("waarde")] is { Length: > 0 } w && w != ReleaseValue.Marker;
                if (waardeShown && (teller.IsUnknown || noemer.IsUnknown || row.Gemaskeerd))
                {
                    findings.Add($"{name}: {key} shows a waarde although teller, noemer or DUO's count is hidden");
                }

                if (!teller.IsCount && teller.Status == CellStatus.Published && noemer.IsUnknown)
                {
                    findings.Add($"{name}: {key} shows a median/amount although its noemer is hidden");
                }
            }
        }

        // A row the files leave out is hidden from the reader.
        foreach (var cell in grid.Cells.Where(c => !c.Key.IsVirtual && !shown.Contains(c.Key with { Measure = Measure.Teller }) && c.Value is not null))
        {
            cell.Status = CellStatus.Secondary;
        }

        findings.AddRange(ExposureAnalysis.Find(grid).Select(e => $"exposed: {e}"));
        findings.AddRange(Differences(grid, scope));
        return findings;
    }

    /// <summary>Reads the table files of a built release.</summary>
    public static IReadOnlyDictionary<string, byte[]> CsvFilesOf(BuiltRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        return release.Files.Where(f => f.Name.EndsWith(".csv", StringComparison.Ordinal)).ToDictionary(f => f.Name, f => f.Content);
    }

    private static void ReadCell(string file, Cell cell, string text, List<string> findings)
    {
        if (text == ReleaseValue.Marker)
        {
            cell.Status = cell.Value is null ? CellStatus.DuoMasked : cell.IsSmall ? CellStatus.Primary : CellStatus.Secondary;
            return;
        }

        if (text.Length == 0)
        {
            if (cell.Value is not null)
            {
                findings.Add($"{file}: {cell.Key} is empty without the suppression marker although the warehouse has a value");
                cell.Status = CellStatus.Secondary;
            }

            return;
        }

        var value = NumberText.Parse(text);
        cell.Status = CellStatus.Published;
        if (cell.Value != value)
        {
            findings.Add($"{file}: {cell.Key} shows {text}, the warehouse has {cell.Value}");
        }

        if (cell.IsCount && value > 0 && value < cell.Threshold)
        {
            findings.Add($"{file}: {cell.Key} publishes the small count {text} (threshold {cell.Threshold})");
        }
    }

    private static IEnumerable<string> Differences(DisclosureGrid grid, GemeenteScope scope)
    {
        var pairs = grid.Relations.SelectMany(r => r.Parts.Select(p => (Total: r.Total, Part: p))).ToList();
        // subregio − gemeente: the whole gemeente lies in the subregio, or the subregio wholly in the gemeente.
        // Counts of pupils only: a difference of 2.5 consultation hours or 4 euro identifies nobody.
        foreach (var total in grid.Cells.Where(c => c.Key.Niveau == Niveaus.Gemeente && c.IsCount))
        {
            var members = scope.Vestigingen.Where(v => v.Schooljaar == total.Key.Schooljaar).ToList();
            foreach (var subregio in members.Select(v => v.Subregio).OfType<string>().Distinct())
            {
                var s = grid.Find(total.Key with { Niveau = Niveaus.Subregio, NiveauCode = subregio });
                if (s is not null && members.All(v => v.Subregio == subregio))
                {
                    pairs.Add((s, total));
                }
            }
        }

        foreach (var (total, part) in pairs)
        {
            if (total.Status == CellStatus.Published && part.Status == CellStatus.Published && !total.Key.IsVirtual && !part.Key.IsVirtual
                && total.Value - part.Value is { } d && d > 0 && d < total.Threshold)
            {
                yield return $"difference: {total.Key} − {part.Key} = {d}";
            }
        }
    }
}
