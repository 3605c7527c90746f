namespace KoersInsights.Ingestion.Csv;

/// <summary>One delivered record.</summary>
/// <param name="Line">1-based physical line where the record starts (header = line 1).</param>
/// <param name="Fields">Raw field values, quotes removed, nothing trimmed.</param>
/// <param name="BadQuote">True when CsvHelper found a stray quote inside an unquoted field of this record.</param>
/// <param name="IsLast">True for the last record of the file.</param>
public sealed record CsvRow(long Line, string[] Fields, bool BadQuote, bool IsLast);
