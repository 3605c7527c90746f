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
        var list = relations.Select(r => r.Terms().ToList()).ToList();
        var contributions = new List<(decimal? Lo, decimal? Hi)>();
        for (var round = 0; round < MaxRounds; round++)
        {
            var changed = false;
            foreach (var terms in list)
            {
                // Σ of every term's signed bounds once per identity, then each term's "others" by subtracting its own
                // share: linear in the identity's size instead of quadratic (a gemeente total has ~70 schools).
                contributions.Clear();
                decimal sumLo = 0m, sumHi = 0m;
                int openLo = 0, openHi = 0;
                foreach (var (cell, coefficient) in terms)
                {
                    var (lo, hi) = Signed(cell, coefficient, bounds);
                    contributions.Add((lo, hi));
                    if (lo is null) { openLo++; } else { sumLo += lo.Value; }
                    if (hi is null) { openHi++; } else { sumHi += hi.Value; }
                }

                for (var i = 0; i < terms.Count; i++)
                {
                    var (cell, coefficient) = terms[i];
                    if (!bounds.TryGetValue(cell, out var current))
                    {
                        continue;
                    }

                    var (ownLo, ownHi) = contributions[i];
                    decimal? othersLo = openLo - (ownLo is null ? 1 : 0) > 0 ? null : sumLo - (ownLo ?? 0m);
                    decimal? othersHi = openHi - (ownHi is null ? 1 : 0) > 0 ? null : sumHi - (ownHi ?? 0m);

                    // coefficient·x = −Σ others, with coefficients ±1.
                    var (newLo, newHi) = coefficient > 0 ? (Negate(othersHi), Negate(othersLo)) : (othersLo, othersHi);
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

    /// <summary>The bounds of coefficient·cell: a published cell is its value, a hidden one its current interval.</summary>
    private static (decimal? Lower, decimal? Upper) Signed(Cell cell, int coefficient, Dictionary<Cell, (decimal Lower, decimal? Upper)> bounds)
    {
        decimal? lo;
        decimal? hi;
        if (bounds.TryGetValue(cell, out var b))
        {
            (lo, hi) = (b.Lower, b.Upper);
        }
        else
        {
            lo = hi = cell.Value;
        }

        return coefficient > 0 ? (lo, hi) : (Negate(hi), Negate(lo));
    }

    private static decimal? Negate(decimal? value) => -value;

    private static decimal? Min(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
