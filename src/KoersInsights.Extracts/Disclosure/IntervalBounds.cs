namespace KoersInsights.Extracts.Disclosure;

/// <summary>
/// Bounds a reader can prove for hidden counts: every count is ≥ 0, and each identity bounds one unknown by the
/// bounds of the others. Propagated to a fixpoint (bounds consistency), which is what a reader does by hand with
/// the margins; an LP could sometimes prove tighter bounds, the exact solver covers the point case.
/// </summary>
public static class IntervalBounds
{
    private const int MaxRounds = 200;

    /// <param name="unknowns">The hidden cells, indexed as in <paramref name="relations"/> lookups.</param>
    /// <returns>Lower and upper (null = unbounded) bound per unknown.</returns>
    public static Dictionary<Cell, (decimal Lower, decimal? Upper)> Compute(IReadOnlyCollection<Cell> unknowns, IEnumerable<Relation> relations)
    {
        ArgumentNullException.ThrowIfNull(unknowns);
        var bounds = unknowns.ToDictionary(c => c, _ => (Lower: 0m, Upper: (decimal?)null));
        var list = relations.ToList();
        for (var round = 0; round < MaxRounds; round++)
        {
            var changed = false;
            foreach (var relation in list)
            {
                var terms = relation.Terms().ToList();
                foreach (var (cell, coefficient) in terms)
                {
                    if (!bounds.TryGetValue(cell, out var current))
                    {
                        continue;
                    }

                    // coefficient·x = −Σ others, with coefficients ±1.
                    var (lo, hi) = SumOfOthers(terms, cell, bounds);
                    var (newLo, newHi) = coefficient > 0 ? (Negate(hi), Negate(lo)) : (lo, hi);
                    var lower = Math.Max(current.Lower, newLo ?? decimal.MinValue);
                    var upper = Min(current.Upper, newHi);
                    if (lower != current.Lower || upper != current.Upper)
                    {
                        bounds[cell] = (lower, upper);
                        changed = true;
                    }
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return bounds;
    }

    private static (decimal? Lower, decimal? Upper) SumOfOthers(
        List<(Cell Cell, int Coefficient)> terms, Cell except, Dictionary<Cell, (decimal Lower, decimal? Upper)> bounds)
    {
        decimal? lo = 0m;
        decimal? hi = 0m;
        foreach (var (cell, coefficient) in terms)
        {
            if (ReferenceEquals(cell, except))
            {
                continue;
            }

            decimal? cellLo;
            decimal? cellHi;
            if (bounds.TryGetValue(cell, out var b))
            {
                (cellLo, cellHi) = (b.Lower, b.Upper);
            }
            else
            {
                cellLo = cellHi = cell.Value;
            }

            if (coefficient > 0)
            {
                lo += cellLo;
                hi = hi is null || cellHi is null ? null : hi + cellHi;
            }
            else
            {
                lo = lo is null || cellHi is null ? null : lo - cellHi;
                hi -= cellLo;
            }
        }

        return (lo, hi);
    }

    private static decimal? Negate(decimal? value) => -value;

    private static decimal? Min(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
