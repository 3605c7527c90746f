namespace KoersInsights.Ingestion.Duo;

/// <summary>
/// Older DUO header names and their current equivalents (sources.md §1). <c>VESTIGINGSNUMMER</c> held only the
/// 2-digit location number; the current <c>VESTIGINGSCODE</c> includes the BRIN (<c>18BR</c> + <c>00</c>).
/// </summary>
public static class DuoHeaders
{
    public const string OldBrin = "BRIN NUMMER";
    public const string OldVestigingsnummer = "VESTIGINGSNUMMER";

    private static readonly Dictionary<string, string> Variants = new(StringComparer.Ordinal)
    {
        [OldBrin] = "INSTELLINGSCODE",
        [OldVestigingsnummer] = "VESTIGINGSCODE",
    };

    /// <summary>The current name for a delivered header (upper case, single spaces, trimmed).</summary>
    public static string Current(string header)
    {
        var cleaned = string.Join(' ', header.Trim().ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return Variants.GetValueOrDefault(cleaned, cleaned);
    }

    public static bool IsOldVestigingsnummer(string header) =>
        string.Join(' ', header.Trim().ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)) == OldVestigingsnummer;
}
