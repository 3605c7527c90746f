using System.Globalization;

namespace KoersInsights.Extracts.Writers;

/// <summary>Numbers as Dutch Excel reads them: decimal comma, no thousands separator, at most 6 decimals.</summary>
public static class NumberText
{
    private static readonly NumberFormatInfo Dutch = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };

    public static string Format(decimal value) => value.ToString("0.######", Dutch);

    public static decimal Parse(string text) => decimal.Parse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, Dutch);
}
