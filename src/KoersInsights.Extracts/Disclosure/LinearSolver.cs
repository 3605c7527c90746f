using System.Numerics;

namespace KoersInsights.Extracts.Disclosure;

/// <summary>
/// Exact Gauss–Jordan elimination over the integers (rows rescaled by their gcd, so no rounding): an unknown is fixed by
/// the system exactly when the reduced row space contains its unit vector, i.e. a reduced row with a single non-zero
/// entry. This catches every linear combination of identities, not only chains of single-unknown identities.
/// </summary>
public static class LinearSolver
{
    /// <param name="rows">Each row maps unknown index → integer coefficient (constants are irrelevant to determinacy).</param>
    /// <returns>The indices of the unknowns whose value the rows determine.</returns>
    public static ISet<int> DeterminedUnknowns(IEnumerable<IReadOnlyDictionary<int, int>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var work = rows.Select(r => r.Where(t => t.Value != 0).ToDictionary(t => t.Key, t => new BigInteger(t.Value)))
            .Where(r => r.Count > 0)
            .ToList();
        var pivots = new List<Dictionary<int, BigInteger>>();
        var columns = work.SelectMany(r => r.Keys).Distinct().Order().ToList();
        foreach (var column in columns)
        {
            var pivotIndex = work.FindIndex(r => r.ContainsKey(column));
            if (pivotIndex < 0)
            {
                continue;
            }

            var pivot = work[pivotIndex];
            work.RemoveAt(pivotIndex);
            foreach (var row in work.Concat(pivots))
            {
                if (row.TryGetValue(column, out var factor))
                {
                    Eliminate(row, pivot, column, factor);
                }
            }

            pivots.Add(pivot);
            work.RemoveAll(r => r.Count == 0);
        }

        return pivots.Where(r => r.Count == 1).Select(r => r.Keys.First()).ToHashSet();
    }

    // row := row·p − pivot·f, which clears the column; then divide by the gcd to keep the numbers small.
    private static void Eliminate(Dictionary<int, BigInteger> row, Dictionary<int, BigInteger> pivot, int column, BigInteger factor)
    {
        var p = pivot[column];
        foreach (var key in row.Keys.ToList())
        {
            row[key] *= p;
        }

        foreach (var (key, value) in pivot)
        {
            var next = row.GetValueOrDefault(key) - (value * factor);
            if (next.IsZero)
            {
                row.Remove(key);
            }
            else
            {
                row[key] = next;
            }
        }

        var gcd = row.Values.Aggregate(BigInteger.Zero, (g, v) => BigInteger.GreatestCommonDivisor(g, v));
        if (gcd > 1)
        {
            foreach (var key in row.Keys.ToList())
            {
                row[key] /= gcd;
            }
        }
    }
}
