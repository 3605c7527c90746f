using System.Text;

namespace KoersInsights.Demo.Model;

/// <summary>
/// How a school's system exports its template files: the variety sources.md §2 allows (UTF-8 with or without BOM,
/// Windows-1252; dates yyyy-mm-dd or dd-mm-yyyy).
/// </summary>
internal sealed record DeliveryStyle(Encoding Encoding, bool DayFirstDates)
{
    public static DeliveryStyle Standard { get; } = new(DemoEncodings.Utf8, false);

    public string Date(DateOnly date) =>
        date.ToString(DayFirstDates ? "dd-MM-yyyy" : "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public string Date(DateOnly? date) => date is { } d ? Date(d) : string.Empty;
}
