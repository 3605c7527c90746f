namespace KoersInsights.Extracts.Disclosure;

/// <summary>
/// Which splits of an indicator add up to its total ('' row). By default all of them; VAVO's <c>duo_uitbesteed</c>
/// is DUO's own count beside the doorstroom population and belongs to no family (30-dw.recompute_indicators.sql).
/// </summary>
public static class SplitFamilies
{
    private static readonly Dictionary<string, string[]> Explicit = new(StringComparer.Ordinal)
    {
        ["VAVO"] = ["met_opp", "zonder_opp"],
    };

    public static bool IsFamilyMember(string indicatorCode, string uitsplitsing) =>
        uitsplitsing.Length > 0
        && (!Explicit.TryGetValue(indicatorCode, out var members) || members.Contains(uitsplitsing));
}
