namespace KoersInsights.Extracts.Disclosure;

/// <summary>
/// What a reader can work out about the hidden cells of a grid from its published cells and identities. Used by
/// secondary suppression (until nothing is exposed) and by <see cref="DisclosureAudit"/> (to prove it).
/// </summary>
public static class ExposureAnalysis
{
    public static IReadOnlyList<Exposure> Find(DisclosureGrid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        return Analyse(grid.Relations.Where(r => r.Terms().Any(t => t.Cell.IsUnknown)).ToList());
    }

    /// <summary>Whether <paramref name="cell"/> is exposed, solving only the identities connected to it through hidden cells.</summary>
    public static bool IsExposed(DisclosureGrid grid, Cell cell) =>
        Analyse(Component(grid, cell)).Any(e => ReferenceEquals(e.Cell, cell));

    /// <summary>The identities reachable from <paramref name="cell"/> through hidden cells: all that can bear on its value.</summary>
    public static List<Relation> Component(DisclosureGrid grid, Cell cell)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(cell);
        var seen = new HashSet<Relation>();
        var order = new List<Relation>();
        var cells = new HashSet<Cell> { cell };
        var queue = new Queue<Cell>([cell]);
        while (queue.TryDequeue(out var next))
        {
            foreach (var relation in grid.RelationsOf(next).Where(seen.Add))
            {
                order.Add(relation);
                foreach (var (other, _) in relation.Terms())
                {
                    if (other.IsUnknown && cells.Add(other))
                    {
                        queue.Enqueue(other);
                    }
                }
            }
        }

        return order;
    }

    /// <summary>The exposed hidden cells among <paramref name="relations"/> (a whole grid or one component).</summary>
    public static List<Exposure> Analyse(List<Relation> relations)
    {
        var unknowns = relations.SelectMany(r => r.Terms()).Select(t => t.Cell).Where(c => c.IsUnknown).Distinct().OrderBy(c => c.Key).ToList();
        if (unknowns.Count == 0)
        {
            return [];
        }

        var index = unknowns.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        var rows = relations.Select(r => (IReadOnlyDictionary<int, int>)r.Terms()
            .Where(t => t.Cell.IsUnknown)
            .GroupBy(t => index[t.Cell])
            .ToDictionary(g => g.Key, g => g.Sum(t => t.Coefficient)));
        var determined = LinearSolver.DeterminedUnknowns(rows);
        var bounds = IntervalBounds.Compute(unknowns, relations);

        var exposures = new List<Exposure>();
        foreach (var cell in unknowns.Where(c => c.Status.IsSuppressed()))
        {
            var (lower, upper) = bounds[cell];
            if (determined.Contains(index[cell]))
            {
                exposures.Add(new Exposure(cell, ExposureKind.Recoverable, cell.Value ?? lower, cell.Value ?? upper));
            }
            else if (upper is not null && upper - lower < cell.Threshold)
            {
                exposures.Add(new Exposure(cell, ExposureKind.NarrowInterval, lower, upper));
            }
        }

        return exposures;
    }
}
