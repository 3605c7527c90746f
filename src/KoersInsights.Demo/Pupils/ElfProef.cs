namespace KoersInsights.Demo.Pupils;

/// <summary>
/// The 11-proef of the Dutch BSN (9 digits, 8-digit numbers padded with a leading zero): 9·d1 + 8·d2 + … + 2·d8 − d9
/// is a multiple of 11. Fictitious pupil numbers must never pass it, so nobody can mistake them for a BSN.
/// </summary>
public static class ElfProef
{
    public static bool IsBsnLike(long number)
    {
        if (number is < 0 or > 999_999_999)
        {
            return false;
        }

        var digits = number.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (digits[i] - '0');
        }

        sum -= digits[8] - '0';
        return sum % 11 == 0;
    }

    /// <summary>A check digit for the prefix that makes prefix·10 + digit fail the 11-proef, chosen by the hint.</summary>
    internal static int NonBsnCheckDigit(long prefix, int hint)
    {
        for (var step = 0; step < 10; step++)
        {
            var digit = (hint + step) % 10;
            if (!IsBsnLike((prefix * 10) + digit))
            {
                return digit;
            }
        }

        throw new InvalidOperationException("unreachable: at most one check digit passes the 11-proef");
    }
}
