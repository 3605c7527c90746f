using KoersInsights.Extracts.Scope;

namespace KoersInsights.Extracts.Disclosure;

/// <summary>
/// Finds the linear identities of a release (reliability-privacy.md §13–14), per indicator, schooljaar and count
/// measure:
/// <list type="bullet">
/// <item>hierarchy: gemeente total = Σ its vestigingen;</item>
/// <item>subregio: subregio total = Σ the gemeente's vestigingen in it + the rest of the subregio (not in the release);</item>
/// <item>splits: total ('' row) = Σ the splits of its family (met + zonder OPP, categorieën, doelgroepen);</item>
/// <item>same population: equal noemers of one unit and schooljaar (the DUO leerlingen behind every per-100-lln indicator).</item>
/// </list>
/// An identity is only recorded when the true values satisfy it; a positive remainder becomes a virtual rest cell.
/// A rest is unknown to the reader of this release; one of 1 to threshold−1 is a small count itself (subregio −
/// gemeente = 2 pupils elsewhere) and is protected like a primary cell. Treating larger rests as known would make
/// the neighbour's protected splits look recoverable here (rest − rest zonder OPP = rest met OPP): that is the
/// neighbour's own release to protect.
/// </summary>
public static class RelationBuilder
{
    public static void AddRelations(DisclosureGrid grid, GemeenteScope scope)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(scope);
        var counts = grid.Cells.Where(c => c.IsCount && c.Value is not null && !c.Key.IsVirtual).ToList();
        foreach (var group in counts.GroupBy(c => (c.Key.IndicatorCode, c.Key.Schooljaar, c.Key.Measure)))
        {
            var byKey = group.ToDictionary(c => c.Key);
            AddHierarchy(grid, scope, group.Key.Schooljaar, byKey);
            AddSplits(grid, byKey);
        }

        AddSamePopulation(grid, counts);
    }

    private static void AddHierarchy(DisclosureGrid grid, GemeenteScope scope, string schooljaar, Dictionary<CellKey, Cell> cells)
    {
        var vestigingen = scope.Vestigingen.Where(v => v.Schooljaar == schooljaar).ToList();
        foreach (var total in cells.Values.Where(c => c.Key.Niveau is Niveaus.Gemeente or Niveaus.Subregio).ToList())
        {
            var members = total.Key.Niveau == Niveaus.Gemeente
                ? vestigingen
                : vestigingen.Where(v => v.Subregio == total.Key.NiveauCode);
            var parts = members
                .Select(v => cells.GetValueOrDefault(total.Key with { Niveau = Niveaus.Vestiging, NiveauCode = v.Vestigingscode }))
                .OfType<Cell>()
                .ToList();
            Add(grid, total.Key.Niveau, total, parts);
        }
    }

    private static void AddSplits(DisclosureGrid grid, Dictionary<CellKey, Cell> cells)
    {
        foreach (var total in cells.Values.Where(c => c.Key.Uitsplitsing.Length == 0).ToList())
        {
            var parts = cells.Values
                .Where(c => c.Key.Niveau == total.Key.Niveau && c.Key.NiveauCode == total.Key.NiveauCode
                    && SplitFamilies.IsFamilyMember(c.Key.IndicatorCode, c.Key.Uitsplitsing))
                .OrderBy(c => c.Key)
                .ToList();
            if (parts.Count > 0)
            {
                Add(grid, "uitsplitsing", total, parts);
            }
        }
    }

    private static void AddSamePopulation(DisclosureGrid grid, List<Cell> counts)
    {
        var noemers = counts.Where(c => c.Key.Measure == Measure.Noemer && c.Value > 0)
            .GroupBy(c => (c.Key.Niveau, c.Key.NiveauCode, c.Key.Schooljaar, c.Value));
        foreach (var same in noemers)
        {
            var ordered = same.OrderBy(c => c.Key).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                grid.AddRelation(new Relation("zelfde populatie", ordered[0], [ordered[i]], Rest: null));
            }
        }
    }

    private static void Add(DisclosureGrid grid, string kind, Cell total, List<Cell> parts)
    {
        if (parts.Count == 0)
        {
            return;
        }

        var rest = total.Value!.Value - parts.Sum(p => p.Value!.Value);
        if (rest < 0)
        {
            // Not a sum over these parts (e.g. a population counted once per split): no identity to protect.
            return;
        }

        Cell? restCell = null;
        if (rest > 0)
        {
            var key = total.Key with { Niveau = CellKey.RestNiveau, NiveauCode = $"{kind}:{total.Key.Niveau}:{total.Key.NiveauCode}" };
            restCell = new Cell(key, rest, isCount: true, total.Threshold, rest < total.Threshold ? CellStatus.Primary : CellStatus.Unpublished);
            grid.Add(restCell);
        }

        grid.AddRelation(new Relation(kind, total, parts, restCell));
    }
}
