namespace KoersInsights.Ingestion.Csv;

/// <summary>
/// Picks <c>;</c> or <c>,</c> from the header line, counting only separators outside quotes. Templates prescribe
/// <c>;</c> (Dutch Excel's CSV), so it wins a tie; a comma-only header means an English-locale export.
/// </summary>
public static class DelimiterDetector
{
    public static char Detect(ReadOnlySpan<char> headerLine)
    {
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var c in headerLine)
        {
            switch (c)
            {
                case '"':
                    quoted = !quoted;
                    break;
                case ';' when !quoted:
                    semicolons++;
                    break;
                case ',' when !quoted:
                    commas++;
                    break;
                default:
                    break;
            }
        }

        return commas > semicolons ? ',' : ';';
    }
}
