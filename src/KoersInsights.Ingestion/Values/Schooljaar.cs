using System.Globalization;

namespace KoersInsights.Ingestion.Values;

/// <summary>
/// A Dutch school year, 1 August of <see cref="StartYear"/> to 31 July of the next year (the statutory school year
/// of the WVO runs 1 August – 31 July). Written <c>yyyy-yyyy</c>.
/// </summary>
public readonly record struct Schooljaar(int StartYear)
{
    public int EndYear => StartYear + 1;

    public DateOnly FirstDay => new(StartYear, 8, 1);

    public DateOnly LastDay => new(EndYear, 7, 31);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{StartYear}-{EndYear}");

    /// <summary>The school year a date falls in.</summary>
    public static Schooljaar Containing(DateOnly date) => new(date.Month >= 8 ? date.Year : date.Year - 1);

    /// <summary>Accepts <c>2023-2024</c> and <c>2023/2024</c>; the years must be consecutive.</summary>
    public static bool TryParse(string? text, out Schooljaar schooljaar)
    {
        schooljaar = default;
        var value = text.AsSpan().Trim();
        if (value.Length != 9 || (value[4] != '-' && value[4] != '/'))
        {
            return false;
        }

        if (!int.TryParse(value[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(value[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || end != start + 1 || start < 1900 || start > 2999)
        {
            return false;
        }

        schooljaar = new Schooljaar(start);
        return true;
    }
}
