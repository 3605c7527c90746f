namespace KoersInsights.Ingestion.Validation;

/// <summary>
/// Why something was quarantined, in words a data officer can act on. Never carries a pupil or respondent id:
/// for those columns <see cref="Value"/> is <see cref="HiddenId"/> and the line number identifies the row.
/// </summary>
/// <param name="File">Delivered file name.</param>
/// <param name="Line">1-based line in the delivered file (header = 1); 0 for the file as a whole.</param>
/// <param name="Column">Column name as delivered; empty when the reason is about the row or file.</param>
public sealed record IngestReason(string File, long Line, string Column, string Value, string Rule, string Message)
{
    public const string HiddenId = "(pupil id hidden)";

    public override string ToString() =>
        Line > 0
            ? $"{File} line {Line}{(Column.Length > 0 ? $", {Column}" : string.Empty)}: {Message} [{Rule}]"
            : $"{File}: {Message} [{Rule}]";
}
