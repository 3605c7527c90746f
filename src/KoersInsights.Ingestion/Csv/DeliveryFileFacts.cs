using System.Text;

namespace KoersInsights.Ingestion.Csv;

/// <summary>What one pass over the delivered bytes established before any parsing.</summary>
/// <param name="Sha256">Lower-case hex SHA-256 of the content (the manifest key).</param>
/// <param name="Encoding">UTF-8 when the bytes are valid UTF-8, else Windows-1252.</param>
/// <param name="PreambleLength">Bytes of byte-order mark to skip.</param>
/// <param name="DataLines">Non-blank physical lines after the first one (the row count when the file cannot be parsed).</param>
/// <param name="EndsWithNewline">False when the last line is unterminated (a cut-off upload shows this way).</param>
/// <param name="Problem">A reason the file cannot be read as CSV at all, or null.</param>
public sealed record DeliveryFileFacts(
    long Length,
    string Sha256,
    Encoding Encoding,
    int PreambleLength,
    long DataLines,
    bool EndsWithNewline,
    FileProblem? Problem);

/// <summary>A file-level defect found while sniffing the bytes.</summary>
public sealed record FileProblem(long Line, string Rule, string Message);
