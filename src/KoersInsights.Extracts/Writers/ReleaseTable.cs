namespace KoersInsights.Extracts.Writers;

/// <summary>How a column is written: text, or a number (decimal comma in CSV, a number format in XLSX, DECIMAL in Parquet).</summary>
public enum ColumnKind
{
    Text,
    Number,
}

public sealed record ReleaseColumn(string Name, ColumnKind Kind);

/// <summary>One cell as published: text, a number, nothing, or the suppression marker.</summary>
public readonly record struct ReleaseValue(string? Text, decimal? Number, bool Suppressed)
{
    /// <summary>The visible marker of a suppressed cell in CSV and XLSX (Parquet holds null; <c>reden</c> says why).</summary>
    public const string Marker = "*";

    public static ReleaseValue Hidden { get; } = new(null, null, true);

    public static ReleaseValue Of(string? text) => new(text, null, false);

    public static ReleaseValue Of(decimal? number) => new(null, number, false);
}

/// <summary>A table of a release: the same rows go to CSV, an XLSX sheet and Parquet.</summary>
public sealed record ReleaseTable(string Name, string Title, IReadOnlyList<ReleaseColumn> Columns, IReadOnlyList<ReleaseValue[]> Rows);
