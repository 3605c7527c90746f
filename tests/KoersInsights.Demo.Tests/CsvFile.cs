using System.Text;

namespace KoersInsights.Demo.Tests;

/// <summary>
/// A small independent reader for the generated files: detects the encoding (BOM, strict UTF-8, else
/// Windows-1252) and splits <c>;</c>-separated lines with double-quote escaping.
/// </summary>
internal static class CsvFile
{
    static CsvFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(false, throwOnInvalidBytes: true);

    public static string Decode(byte[] bytes, out string encodingName)
    {
        if (bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]))
        {
            encodingName = "utf-8-bom";
            return StrictUtf8.GetString(bytes, 3, bytes.Length - 3);
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            encodingName = "utf-8";
            return text;
        }
        catch (DecoderFallbackException)
        {
            encodingName = "windows-1252";
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    public static List<string[]> Read(string path) => Read(path, out _);

    public static List<string[]> Read(string path, out string encodingName)
    {
        var text = Decode(File.ReadAllBytes(path), out encodingName);
        return [.. text.Split('\n').Where(l => l.Length > 0).Select(Split)];
    }

    public static string[] Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
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
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
