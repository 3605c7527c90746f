namespace KoersInsights.Ingestion.Values;

/// <summary>Booleans in deliveries: <c>ja</c>/<c>nee</c> (sources.md §2); <c>j</c>/<c>n</c> and 1/0 as exported by school systems.</summary>
public static class BooleanText
{
    public static bool TryParse(ReadOnlySpan<char> text, out bool value)
    {
        var t = text.Trim();
        if (t.Equals("ja", StringComparison.OrdinalIgnoreCase) || t.Equals("j", StringComparison.OrdinalIgnoreCase) || t is "1")
        {
            value = true;
            return true;
        }

        if (t.Equals("nee", StringComparison.OrdinalIgnoreCase) || t.Equals("n", StringComparison.OrdinalIgnoreCase) || t is "0")
        {
            value = false;
            return true;
        }

        value = false;
        return false;
    }
}
