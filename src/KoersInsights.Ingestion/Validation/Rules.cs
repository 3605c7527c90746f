namespace KoersInsights.Ingestion.Validation;

/// <summary>The rule names that appear in the <c>rule</c> column of reasons.csv (stable: staff filter on them).</summary>
public static class Rules
{
    // File-level: the whole delivery goes to quarantine.
    public const string FileName = "file_name";
    public const string EmptyFile = "empty_file";
    public const string NotCsv = "not_csv";
    public const string Binary = "binary";
    public const string Encoding = "encoding";
    public const string LineTooLong = "line_too_long";
    public const string FieldTooLong = "field_too_long";
    public const string UnknownColumn = "unknown_column";
    public const string MissingColumn = "missing_column";
    public const string DuplicateColumn = "duplicate_column";
    public const string UnknownHeader = "unknown_header";

    // Row-level: only the row goes to quarantine.
    public const string FieldCount = "field_count";
    public const string TruncatedRow = "truncated_row";
    public const string BadQuote = "bad_quote";
    public const string Required = "required";
    public const string Type = "type";
    public const string Code = "code";
    public const string Range = "range";
    public const string Format = "format";
    public const string DuplicateKey = "duplicate_key";
    public const string NotAllowed = "not_allowed";
    public const string DateOrder = "date_order";
}
