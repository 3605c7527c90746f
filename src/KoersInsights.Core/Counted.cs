using System.Globalization;

namespace KoersInsights.Core;

/// <summary>"1 delivery", "2 deliveries": counts in messages users read.</summary>
public static class Counted
{
    public static string Of(long count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? one : many)}");
}
