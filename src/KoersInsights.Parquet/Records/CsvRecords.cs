using System.Text;

namespace KoersInsights.Parquet.Records;

/// <summary>
/// A minimal RFC 4180 reader (quoted fields, doubled quotes, CR/LF or LF line ends) so the library stays free of
/// dependencies; it is for converting files, not for ingesting deliveries.
/// </summary>
internal static class CsvRecords
{
    public static List<string[]> Read(TextReader input, char delimiter)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var atFieldStart = true;
        int next;
        while ((next = input.Read()) != -1)
        {
            var c = (char)next;
            if (quoted)
            {
                if (c == '"')
                {
                    if (input.Peek() == '"')
                    {
                        field.Append('"');
                        input.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && atFieldStart)
            {
                quoted = true;
                atFieldStart = false;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                atFieldStart = true;
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && input.Peek() == '\n')
                {
                    input.Read();
                }

                fields.Add(field.ToString());
                field.Clear();
                atFieldStart = true;
                if (fields.Count > 1 || fields[0].Length > 0)
                {
                    records.Add([.. fields]);
                }

                fields.Clear();
            }
            else
            {
                field.Append(c);
                atFieldStart = false;
            }
        }

        if (quoted)
        {
            throw new ParquetException("CSV ends inside a quoted field.");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return records;
    }
}
