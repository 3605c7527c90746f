namespace KoersInsights.Demo.Pupils;

/// <summary>
/// Hands out stable fictitious pupil numbers: one per pupil, the same in every file and year. Each location's
/// system writes numbers of its own length (7–9 digits); within a length the prefixes are a permutation of a
/// counter, so numbers are unique, and the last digit is chosen so the number fails the 11-proef.
/// </summary>
internal sealed class PupilNumbers
{
    private readonly Dictionary<long, long> _byKey = [];
    private readonly int[] _counters = new int[3];

    public long For(long pupilKey, int digits)
    {
        if (_byKey.TryGetValue(pupilKey, out var number))
        {
            return number;
        }

        var slot = digits - 7;
        var ordinal = _counters[slot]++;
        var prefixSpace = 9 * (long)Math.Pow(10, digits - 2);
        var prefixStart = (long)Math.Pow(10, digits - 2);

        // 7919 is prime and shares no factor with 9·10^k, so this walks the whole prefix space without repeats.
        var prefix = prefixStart + ((ordinal * 7919L) + 104_729L) % prefixSpace;
        number = (prefix * 10) + ElfProef.NonBsnCheckDigit(prefix, (int)(ordinal % 10));
        _byKey[pupilKey] = number;
        return number;
    }
}
