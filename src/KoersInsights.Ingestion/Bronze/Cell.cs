namespace KoersInsights.Ingestion.Bronze;

/// <summary>
/// One converted value, unboxed: <see cref="Text"/> for strings, <see cref="Integer"/> for booleans (0/1), integers
/// and dates (day number), <see cref="Number"/> for decimals. Five million rows stay free of per-value boxes.
/// </summary>
public readonly record struct Cell(bool HasValue, string? Text, long Integer, decimal Number)
{
    public static Cell Null => default;

    public static Cell Of(string? text) => text is null ? default : new(true, text, 0, 0);

    public static Cell Of(long value) => new(true, null, value, 0);

    public static Cell Of(bool value) => new(true, null, value ? 1 : 0, 0);

    public static Cell Of(DateOnly value) => new(true, null, value.DayNumber, 0);

    public static Cell Of(decimal value) => new(true, null, 0, value);
}
