using System.Text;

namespace KoersInsights.Demo.Output;

/// <summary>Writes files under the output folder's <c>landing/&lt;source&gt;/</c> and records what was written.</summary>
internal sealed class DemoOutput
{
    private readonly string _root;
    private readonly List<DemoFile> _files = [];

    public DemoOutput(string outputFolder)
    {
        _root = Path.GetFullPath(outputFolder);
        foreach (var source in DemoSources.All)
        {
            Directory.CreateDirectory(Path.Combine(_root, "landing", source));
        }
    }

    public IReadOnlyList<DemoFile> Files => _files;

    public string Write(string source, string fileName, string text, Encoding encoding, int rows)
    {
        var bytes = encoding.GetPreamble().Length == 0 ? encoding.GetBytes(text) : [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
        return WriteBytes(source, fileName, bytes, rows);
    }

    public string WriteBytes(string source, string fileName, byte[] bytes, int rows)
    {
        var relative = $"landing/{source}/{fileName}";
        File.WriteAllBytes(Path.Combine(_root, "landing", source, fileName), bytes);
        _files.RemoveAll(f => f.RelativePath == relative);
        _files.Add(new DemoFile(source, relative, rows));
        return relative;
    }
}
