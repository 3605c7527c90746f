using System.Text;

namespace KoersInsights.Demo.Output;

/// <summary>Renders a header and rows as <c>;</c>-separated text with LF line ends, as the real DUO files are.</summary>
internal static class DelimitedText
{
    public static string Render(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, Quoting quoting, int unquotedColumn = -1)
    {
        var text = new StringBuilder();
        AppendLine(text, header, quoting == Quoting.WhenNeeded ? Quoting.WhenNeeded : Quoting.All, -1);
        foreach (var row in rows)
        {
            AppendLine(text, row, quoting, unquotedColumn);
        }

        return text.ToString();
    }

    private static void AppendLine(StringBuilder text, IReadOnlyList<string> fields, Quoting quoting, int unquotedColumn)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(';');
            }

            var field = fields[i];
            var quote = quoting switch
            {
                Quoting.All => true,
                Quoting.AllButAantalLeerlingen => i != unquotedColumn,
                _ => field.Contains(';', StringComparison.Ordinal) || field.Contains('"', StringComparison.Ordinal),
            };
            if (quote)
            {
                text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(field);
            }
        }

        text.Append('\n');
    }
}
