namespace KoersInsights.Demo;

/// <summary>Schooljaar arithmetic (1 August – 31 July; DUO's teldatum and our peildatum are 1 October).</summary>
internal static class Schooljaar
{
    public static string Format(int startYear) => $"{startYear}-{startYear + 1}";

    public static DateOnly FirstDay(int startYear) => new(startYear, 8, 1);

    public static DateOnly LastDay(int startYear) => new(startYear + 1, 7, 31);

    public static DateOnly Peildatum(int startYear) => new(startYear, 10, 1);

    /// <summary>A school day between the end of the summer holiday and early July, uniformly.</summary>
    public static DateOnly SchoolDay(int startYear, double uniform)
    {
        var first = new DateOnly(startYear, 8, 25);
        var last = new DateOnly(startYear + 1, 7, 5);
        var day = first.AddDays((int)(uniform * (last.DayNumber - first.DayNumber)));
        return day.DayOfWeek switch
        {
            DayOfWeek.Saturday => day.AddDays(-1),
            DayOfWeek.Sunday => day.AddDays(1),
            _ => day,
        };
    }
}
