using System.Globalization;

namespace KoersInsights.Demo.Swv;

/// <summary>Decimal comma, as Dutch spreadsheets export and sources.md allows for amounts.</summary>
internal static class DutchNumber
{
    public static string Format(double value, string format) =>
        value.ToString(format, CultureInfo.InvariantCulture).Replace('.', ',');
}
