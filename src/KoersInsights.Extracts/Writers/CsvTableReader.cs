using System.Text;

namespace KoersInsights.Extracts.Writers;

/// <summary>Reads back what <see cref="CsvTableWriter"/> wrote, as rows of raw field text (for audits and checks).</summary>
public static class CsvTableReader
{
    public static IReadOnlyList<string[]> Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = new UTF8Encoding(false).GetString(content).TrimStart('\uFEFF');
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ';')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
