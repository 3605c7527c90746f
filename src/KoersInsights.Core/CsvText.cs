using System.Globalization;

namespace KoersInsights.Core;

/// <summary>
/// Values as RFC 4180 CSV fields for machine-readable output (<c>./koers sql</c>, <c>./koers parquet cat</c>): invariant
/// culture, ISO dates, null as an empty field, quotes only where a comma, quote or line break needs them.
/// </summary>
public static class CsvText
{
    public static string Field(object? value) => Quote(Invariant(value));

    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>The invariant text of a value: ISO-8601 dates and times, lower-case booleans, hex for bytes.</summary>
    public static string Invariant(object? value) => value switch
    {
        null or DBNull => string.Empty,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.TimeOfDay == TimeSpan.Zero && d.Kind != DateTimeKind.Utc
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFK", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFzzz", CultureInfo.InvariantCulture),
        byte[] b => Convert.ToHexString(b).ToLowerInvariant(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
