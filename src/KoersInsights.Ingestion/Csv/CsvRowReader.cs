using CsvHelper;
using KoersInsights.Core;

namespace KoersInsights.Ingestion.Csv;

/// <summary>
/// Reads a delivery with CsvHelper's RFC 4180 reader: quoted and unquoted fields, doubled quotes, line breaks
/// inside quotes. Reports the physical line each record starts on, so reasons point at a line a data officer finds
/// in a text editor. Stray quotes are recovered and flagged per record.
/// </summary>
public sealed class CsvRowReader : IDisposable
{
    private readonly CsvReader _reader;
    private readonly HashSet<long> _malformed = [];
    private string[]? _pending;
    private long _pendingLine;
    private bool _pendingBadQuote;

    private CsvRowReader(Stream stream, DeliveryFileFacts facts, char separator)
    {
        Delimiter = separator;
        var options = CsvReaderOptions.Default with
        {
            Separator = separator,
            HasHeader = false,
            Mode = CsvMode.Rfc4180,
            SkipEmptyLines = true,
            TrimWhitespace = false,
            TrackLineNumbers = true,
            IncludeValuesInExceptions = false,
            MaxRecordSize = CsvLimits.MaxLineBytes,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = record => _malformed.Add(record.RecordNumber),
            DetectSeparatorHint = false,
            Encoding = facts.Encoding,
        };
        _reader = CsvReader.Create(stream, options, false);
    }

    public char Delimiter { get; }

    /// <summary>The header fields, trimmed.</summary>
    public IReadOnlyList<string> Header { get; private set; } = [];

    /// <summary>Opens the file, detects the delimiter from its first line and reads the header.</summary>
    /// <returns>Null when there is no header line (the file holds only blank lines).</returns>
    public static CsvRowReader? Open(string path, DeliveryFileFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var separator = DelimiterDetector.Detect(FirstLine(path, facts));
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        stream.Seek(facts.PreambleLength, SeekOrigin.Begin);
        var rows = new CsvRowReader(stream, facts, separator);
        if (!rows.MoveNext())
        {
            rows.Dispose();
            return null;
        }

        rows.Header = [.. rows._pending!.Select(h => h.Trim())];
        rows._pending = null;
        return rows;
    }

    /// <summary>Every data record in file order; the last one is flagged so a cut-off tail can be told apart.</summary>
    public IEnumerable<CsvRow> ReadRows()
    {
        if (!MoveNext())
        {
            yield break;
        }

        while (true)
        {
            var fields = _pending!;
            var line = _pendingLine;
            var badQuote = _pendingBadQuote;
            var more = MoveNext();
            yield return new CsvRow(line, fields, badQuote, !more);
            if (!more)
            {
                yield break;
            }
        }
    }

    public void Dispose() => _reader.Dispose();

    private bool MoveNext()
    {
        try
        {
            if (!_reader.Read())
            {
                return false;
            }
        }
        catch (CsvFormatException ex)
        {
            var line = ex.LineNumber > 0 ? ex.LineNumber : _reader.LineNumber;
            throw new CsvFileException(line, Validation.Rules.FieldTooLong,
                $"A record starting on line {line} is longer than {CsvLimits.MaxLineBytes / 1024 / 1024} MiB; probably a quote that is never closed.", ex);
        }

        var count = _reader.FieldCount;
        var fields = new string[count];
        for (var i = 0; i < count; i++)
        {
            var value = _reader.GetString(i) ?? string.Empty;
            if (value.Length > CsvLimits.MaxFieldChars)
            {
                throw new CsvFileException(_reader.LineNumber, Validation.Rules.FieldTooLong,
                    $"Field {i + 1} of the record on line {_reader.LineNumber} is longer than {CsvLimits.MaxFieldChars / 1024} KiB; probably a quote that is never closed.");
            }

            fields[i] = value;
        }

        _pending = fields;
        _pendingLine = _reader.LineNumber;
        _pendingBadQuote = _malformed.Contains(_reader.RowNumber);
        return true;
    }

    private static string FirstLine(string path, DeliveryFileFacts facts)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
        stream.Seek(facts.PreambleLength, SeekOrigin.Begin);
        using var reader = new StreamReader(stream, facts.Encoding, detectEncodingFromByteOrderMarks: false);
        string? line;
        while ((line = reader.ReadLine()) is not null && line.Trim().Length == 0)
        {
        }

        return line ?? string.Empty;
    }
}

/// <summary>The file cannot be read further; the whole delivery goes to quarantine.</summary>
public sealed class CsvFileException : KoersException
{
    public CsvFileException(long line, string rule, string message, Exception? innerException = null)
        : base(message, innerException ?? new InvalidDataException(message))
    {
        Line = line;
        Rule = rule;
    }

    public CsvFileException()
    {
        Rule = string.Empty;
    }

    public CsvFileException(string message)
        : base(message)
    {
        Rule = string.Empty;
    }

    public CsvFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Rule = string.Empty;
    }

    public long Line { get; }

    public string Rule { get; }
}
