using System.Text;
using KoersInsights.Ingestion.Validation;

namespace KoersInsights.Ingestion.Quarantine;

/// <summary>
/// Spools reasons to <c>reasons.csv</c> (<c>file;line;column;value;rule;message</c>, UTF-8 with BOM so Excel shows
/// accents) as they are found, keeping only the first few in memory for the manifest.
/// </summary>
public sealed class ReasonsFile : IDisposable
{
    public const int KeptInManifest = 20;
    public const string Header = "file;line;column;value;rule;message";

    private readonly StreamWriter _writer;
    private readonly List<IngestReason> _first = [];

    public ReasonsFile(string path)
    {
        Path = path;
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)) { NewLine = "\n" };
        _writer.WriteLine(Header);
    }

    public string Path { get; }

    public long Count { get; private set; }

    public IReadOnlyList<IngestReason> First => _first;

    public void Add(IngestReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (_first.Count < KeptInManifest)
        {
            _first.Add(reason);
        }

        Count++;
        _writer.WriteLine(Line(reason));
    }

    public void Flush() => _writer.Flush();

    public void Dispose() => _writer.Dispose();

    public static string Line(IngestReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return string.Join(';', Quote(reason.File), reason.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), Quote(reason.Column),
            Quote(reason.Value), Quote(reason.Rule), Quote(reason.Message));
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
