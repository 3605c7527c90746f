namespace KoersInsights.Demo.Randomness;

/// <summary>
/// Seeded randomness for the generator. Every stream is derived from the run's seed plus stable labels (location
/// index, year, purpose) so one location's data does not shift when another option changes, and runs are
/// byte-identical for a seed. <see cref="HashCode"/> and <c>string.GetHashCode</c> are randomised per process, so
/// the derivation uses SplitMix64 instead.
/// </summary>
internal sealed class DemoRandom
{
    private readonly Random _random;

    private DemoRandom(int seed) => _random = new Random(seed);

    public static DemoRandom For(int seed, params long[] labels) => new(Derive(seed, labels));

    /// <summary>A uniform value in [0, 1) fixed by the labels alone, for stable per-pupil traits.</summary>
    public static double Uniform(int seed, params long[] labels) =>
        (Mix((ulong)Derive(seed, labels) + 0x9E3779B97F4A7C15UL) >> 11) * (1.0 / (1UL << 53));

    public double NextDouble() => _random.NextDouble();

    public int Next(int minInclusive, int maxExclusive) => _random.Next(minInclusive, maxExclusive);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public double Between(double min, double max) => min + (_random.NextDouble() * (max - min));

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>Picks by weight; weights need not sum to 1.</summary>
    public T PickWeighted<T>(IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = 0.0;
        foreach (var (_, weight) in items)
        {
            total += weight;
        }

        var target = _random.NextDouble() * total;
        foreach (var (item, weight) in items)
        {
            target -= weight;
            if (target < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    /// <summary>Standard normal by Box-Muller.</summary>
    public double Normal()
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Poisson counts: Knuth's product method for small means, a rounded normal above 30.</summary>
    public int Poisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 30)
        {
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * Normal())));
        }

        var limit = Math.Exp(-mean);
        var product = _random.NextDouble();
        var count = 0;
        while (product > limit)
        {
            count++;
            product *= _random.NextDouble();
        }

        return count;
    }

    /// <summary>A log-normal value with the given median, clamped to a range (durations, lead times).</summary>
    public int LogNormal(double median, double sigma, int min, int max) =>
        Math.Clamp((int)Math.Round(median * Math.Exp(sigma * Normal())), min, max);

    private static int Derive(int seed, long[] labels)
    {
        var state = Mix((ulong)(uint)seed);
        foreach (var label in labels)
        {
            state = Mix(state ^ (ulong)label);
        }

        return (int)(state & 0x7FFFFFFF);
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
