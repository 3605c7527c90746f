using KoersInsights.TestSupport;

namespace KoersInsights.Warehouse.Tests.Load;

/// <summary>
/// The exact Poisson limits table (sql/migrations/0016) recomputed independently: bisection on the Poisson CDF in
/// log space (Garwood: P(X ≥ k; L) = 0.025, P(X ≤ k; U) = 0.025), and the Wilson–Hilferty fallback above k = 1000.
/// </summary>
public sealed class PoissonIntervalTests
{
    [PostgresFact]
    public async Task Lookup_table_matches_an_independent_exact_computation_and_the_fallback_is_close()
    {
        await using var db = await WarehouseDb.CreateMigratedAsync("wh_poisson");
        var rows = await WarehouseDb.QueryAsync(db.ConnectionString, "SELECT k, ondergrens, bovengrens FROM dw.poisson_grens ORDER BY k");
        Assert.Equal(1001, rows.Count);
        foreach (var r in rows.Where(r => (int)r[0]! % 7 == 0 || (int)r[0]! < 30))
        {
            var k = (int)r[0]!;
            var lower = k == 0 ? 0 : Solve(l => 1 - Cdf(k - 1, l) - 0.025, 0, k + 50);
            var upper = Solve(u => 0.025 - Cdf(k, u), k, (2 * k) + 50);
            Assert.Equal(lower, (double)r[1]!, 1e-8 * Math.Max(1, k));
            Assert.Equal(upper, (double)r[2]!, 1e-8 * Math.Max(1, k));
        }

        // Above the table: Wilson–Hilferty, checked against the exact value at k = 1001.
        var approx = await WarehouseDb.QueryAsync(db.ConnectionString, "SELECT ondergrens, bovengrens FROM dw.poisson_grenzen(1001)");
        Assert.Equal(Solve(l => 1 - Cdf(1000, l) - 0.025, 900, 1100), (double)approx[0][0]!, 0.05);
        Assert.Equal(Solve(u => 0.025 - Cdf(1001, u), 1001, 1200), (double)approx[0][1]!, 0.05);
    }

    /// <summary>P(X ≤ k) for X ~ Poisson(mean), summed in log space so large means do not underflow.</summary>
    private static double Cdf(int k, double mean)
    {
        if (mean <= 0)
        {
            return 1;
        }

        var logTerm = -mean;
        var logSum = logTerm;
        for (var i = 1; i <= k; i++)
        {
            logTerm += Math.Log(mean) - Math.Log(i);
            var max = Math.Max(logSum, logTerm);
            logSum = max + Math.Log(Math.Exp(logSum - max) + Math.Exp(logTerm - max));
        }

        return Math.Exp(logSum);
    }

    /// <summary>Root of an increasing function by bisection.</summary>
    private static double Solve(Func<double, double> f, double lo, double hi)
    {
        for (var i = 0; i < 200; i++)
        {
            var mid = (lo + hi) / 2;
            if (f(mid) > 0)
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        return (lo + hi) / 2;
    }
}
