using KoersInsights.Ingestion.Bronze;

namespace KoersInsights.Ingestion.Validation;

/// <summary>
/// Remembers the natural keys seen in one delivery as 128-bit hashes (two FNV-1a 64 streams), so five million keys
/// cost a dictionary of fixed-size entries rather than five million strings. A false duplicate needs a 128-bit
/// collision: negligible at this scale.
/// </summary>
public sealed class KeyTracker(IReadOnlyList<int> keyFields)
{
    private readonly Dictionary<UInt128, long> _firstLine = [];

    public bool Enabled => keyFields.Count > 0;

    public UInt128 Hash(ReadOnlySpan<Cell> cells)
    {
        ulong a = 14695981039346656037UL, b = 1099511628211UL * 31;
        foreach (var index in keyFields)
        {
            var cell = cells[index];
            Mix(ref a, ref b, cell.HasValue ? 1UL : 0UL);
            if (cell.Text is { } text)
            {
                foreach (var c in text)
                {
                    Mix(ref a, ref b, c);
                }
            }

            Mix(ref a, ref b, (ulong)cell.Integer);
            var bits = decimal.GetBits(cell.Number);
            Mix(ref a, ref b, (uint)bits[0] | ((ulong)(uint)bits[1] << 32));
            Mix(ref a, ref b, (uint)bits[2] | ((ulong)(uint)bits[3] << 32));
            Mix(ref a, ref b, 0xFFUL);
        }

        return new UInt128(a, b);
    }

    /// <returns>The line that first had this key, or null.</returns>
    public long? Seen(UInt128 key) => _firstLine.TryGetValue(key, out var line) ? line : null;

    public void Add(UInt128 key, long line) => _firstLine.TryAdd(key, line);

    private static void Mix(ref ulong a, ref ulong b, ulong value)
    {
        const ulong Prime = 1099511628211UL;
        for (var i = 0; i < 8; i++)
        {
            var octet = (value >> (i * 8)) & 0xFF;
            a = (a ^ octet) * Prime;
            b = (b ^ (octet + 0x9E)) * Prime;
        }
    }
}
