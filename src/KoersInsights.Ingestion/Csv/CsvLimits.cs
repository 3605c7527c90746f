namespace KoersInsights.Ingestion.Csv;

/// <summary>
/// Caps that keep a malformed delivery from exhausting memory. The widest real DUO line is 576 bytes
/// (02.-alle-vestigingen-vo.csv); no template field needs more than a paragraph of text.
/// </summary>
public static class CsvLimits
{
    /// <summary>A physical line longer than this makes the whole file unreadable as a template delivery.</summary>
    public const int MaxLineBytes = 1024 * 1024;

    /// <summary>A single field longer than this (quoted fields may span lines) rejects the file.</summary>
    public const int MaxFieldChars = 64 * 1024;

    /// <summary>Template text values longer than this are rejected per row.</summary>
    public const int MaxTextChars = 2000;
}
