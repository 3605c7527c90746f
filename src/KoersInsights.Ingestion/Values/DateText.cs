using System.Globalization;

namespace KoersInsights.Ingestion.Values;

/// <summary>Dates as the templates allow them (sources.md §2): <c>yyyy-mm-dd</c> or <c>dd-mm-yyyy</c>.</summary>
public static class DateText
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy"];

    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
