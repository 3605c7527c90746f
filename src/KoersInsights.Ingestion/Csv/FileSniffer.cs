using System.Security.Cryptography;
using System.Text;
using KoersInsights.Ingestion.Validation;

namespace KoersInsights.Ingestion.Csv;

/// <summary>
/// One streaming pass over a delivery: SHA-256, encoding (valid UTF-8 or Windows-1252; detected, never assumed),
/// byte-order marks, binary content, ZIP containers (an .xlsx renamed to .csv) and over-long lines, while copying
/// the bytes to <paramref name="copy"/> so the parser never re-reads the lake.
/// </summary>
public static class FileSniffer
{
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0];
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static async Task<DeliveryFileFacts> SniffAsync(Stream content, Stream copy, CancellationToken cancellationToken)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var strictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var buffer = new byte[1 << 16];
        var chars = new char[buffer.Length + 4];
        var state = new State();
        var head = new byte[8];
        var headLength = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            await copy.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            sha.AppendData(buffer, 0, read);
            if (headLength < head.Length)
            {
                var n = Math.Min(head.Length - headLength, read);
                buffer.AsSpan(0, n).CopyTo(head.AsSpan(headLength));
                headLength += n;
            }

            state.Length += read;
            if (state.ValidUtf8)
            {
                try
                {
                    strictUtf8.GetChars(buffer, 0, read, chars, 0, flush: false);
                }
                catch (DecoderFallbackException)
                {
                    state.ValidUtf8 = false;
                }
            }

            ScanLines(buffer.AsSpan(0, read), state);
        }

        if (state.LineHasContent)
        {
            state.NonBlankLines++;
        }

        if (state.ValidUtf8)
        {
            try
            {
                strictUtf8.GetChars([], 0, 0, chars, 0, flush: true);
            }
            catch (DecoderFallbackException)
            {
                state.ValidUtf8 = false;
            }
        }

        var hash = Convert.ToHexStringLower(sha.GetHashAndReset());
        var headSpan = head.AsSpan(0, headLength);
        var bom = headSpan.StartsWith(Utf8Bom) ? 3 : 0;
        var encoding = state.ValidUtf8 ? CodePages.Utf8 : CodePages.Windows1252;
        var problem = Classify(headSpan, state);
        var dataLines = Math.Max(0, state.NonBlankLines - 1);
        return new DeliveryFileFacts(state.Length, hash, encoding, bom, dataLines, state.LastByte is (byte)'\n' or null, problem);
    }

    private static FileProblem? Classify(ReadOnlySpan<byte> head, State state)
    {
        if (state.Length == 0)
        {
            return new FileProblem(0, Rules.EmptyFile, "The file is empty: a delivery needs at least the header row.");
        }

        if (head.StartsWith(ZipMagic))
        {
            return new FileProblem(0, Rules.NotCsv, "This is an Excel workbook (.xlsx) or another ZIP file renamed to .csv. Save it from Excel as 'CSV (semicolon delimited)' and deliver that file.");
        }

        if (head.StartsWith(OleMagic))
        {
            return new FileProblem(0, Rules.NotCsv, "This is an old Excel (.xls) or Word file renamed to .csv. Save it as 'CSV (semicolon delimited)' and deliver that file.");
        }

        if (head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
        {
            return new FileProblem(0, Rules.Encoding, "The file is UTF-16 ('Unicode text'); save it as UTF-8 or 'CSV (semicolon delimited)'.");
        }

        if (state.FirstControlLine > 0)
        {
            return new FileProblem(state.FirstControlLine, Rules.Binary, $"Line {state.FirstControlLine} contains binary data (control bytes); this is not a text CSV file.");
        }

        if (state.FirstLongLine > 0)
        {
            return new FileProblem(state.FirstLongLine, Rules.LineTooLong, $"Line {state.FirstLongLine} is longer than {CsvLimits.MaxLineBytes / 1024 / 1024} MiB; a template row is a few hundred bytes, so the file is damaged or not a delivery.");
        }

        return null;
    }

    private static void ScanLines(ReadOnlySpan<byte> chunk, State state)
    {
        foreach (var b in chunk)
        {
            if (b == (byte)'\n')
            {
                if (state.LineHasContent)
                {
                    state.NonBlankLines++;
                }

                state.Line++;
                state.LineBytes = 0;
                state.LineHasContent = false;
                continue;
            }

            state.LineBytes++;
            if (b is not ((byte)'\r' or (byte)' ' or (byte)'\t'))
            {
                state.LineHasContent = true;
            }

            if (state.LineBytes > CsvLimits.MaxLineBytes && state.FirstLongLine == 0)
            {
                state.FirstLongLine = state.Line;
            }

            // Control bytes other than tab, CR, LF never occur in text exports; NUL marks binary content.
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\r') && state.FirstControlLine == 0)
            {
                state.FirstControlLine = state.Line;
            }
        }

        if (!chunk.IsEmpty)
        {
            state.LastByte = chunk[^1];
        }
    }

    private sealed class State
    {
        public long Length { get; set; }

        public bool ValidUtf8 { get; set; } = true;

        public long Line { get; set; } = 1;

        public long LineBytes { get; set; }

        public bool LineHasContent { get; set; }

        public long NonBlankLines { get; set; }

        public long FirstLongLine { get; set; }

        public long FirstControlLine { get; set; }

        public byte? LastByte { get; set; }
    }
}
