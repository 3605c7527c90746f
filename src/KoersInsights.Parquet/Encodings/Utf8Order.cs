namespace KoersInsights.Parquet.Encodings;

/// <summary>
/// Orders .NET strings as their UTF-8 bytes compare unsigned (the spec's order for STRING), without encoding them.
/// UTF-8 byte order is code point order; UTF-16 code unit order differs from it only between surrogates
/// (U+D800–U+DFFF, which encode code points above U+FFFF) and U+E000–U+FFFF, so those two ranges are swapped.
/// </summary>
internal sealed class Utf8Order : IComparer<string>
{
    public static readonly Utf8Order Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var common = x.AsSpan().CommonPrefixLength(y);
        if (common == x.Length || common == y.Length)
        {
            return x.Length.CompareTo(y.Length);
        }

        return Fixup(x[common]).CompareTo(Fixup(y[common]));
    }

    private static int Fixup(char c) => c switch
    {
        >= '\uE000' => c - 0x800,
        >= '\uD800' and <= '\uDFFF' => c + 0x2000,
        _ => c,
    };
}
