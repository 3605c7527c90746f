using System.Globalization;

namespace KoersInsights.Ingestion.Values;

/// <summary>
/// Numbers with a decimal comma (DUO's <c>6,6</c>, Dutch spreadsheets) or point. When both occur, the last one is the
/// decimal separator and the other groups thousands (<c>1.234,50</c>, <c>1,234.50</c>). A euro sign is ignored.
/// </summary>
public static class DecimalText
{
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 64)];
        var t = text.Trim();
        if (t.Length > 64)
        {
            value = 0;
            return false;
        }

        var lastComma = t.LastIndexOf(',');
        var lastPoint = t.LastIndexOf('.');
        var decimalAt = Math.Max(lastComma, lastPoint);
        var grouping = lastComma >= 0 && lastPoint >= 0 ? (lastComma < lastPoint ? ',' : '.') : '\0';
        var n = 0;
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            if (c is '€' or ' ' || c == grouping)
            {
                continue;
            }

            buffer[n++] = i == decimalAt ? '.' : c;
        }

        return decimal.TryParse(buffer[..n], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Digits after the decimal point, ignoring trailing zeros.</summary>
    public static int Scale(decimal value) => (decimal.GetBits(value / 1.0000000000000000000000000000m)[3] >> 16) & 0xFF;
}
