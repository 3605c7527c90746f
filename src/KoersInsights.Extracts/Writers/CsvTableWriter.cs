using System.Text;

namespace KoersInsights.Extracts.Writers;

/// <summary>
/// CSV that opens correctly in Dutch Excel: UTF-8 with BOM (else Excel guesses ANSI), ';' between fields (the list
/// separator of the nl-NL locale, where ',' is the decimal sign), decimal comma, CRLF line ends.
/// </summary>
public static class CsvTableWriter
{
    public static byte[] Write(ReleaseTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder();
        text.AppendJoin(';', table.Columns.Select(c => Quote(c.Name))).Append("\r\n");
        foreach (var row in table.Rows)
        {
            text.AppendJoin(';', row.Select(Field)).Append("\r\n");
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    private static string Field(ReleaseValue value) =>
        value.Suppressed ? ReleaseValue.Marker
        : value.Number is { } n ? NumberText.Format(n)
        : Quote(value.Text ?? string.Empty);

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
