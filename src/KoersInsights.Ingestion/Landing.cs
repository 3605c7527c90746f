using KoersInsights.Core;
using KoersInsights.Lake;

namespace KoersInsights.Ingestion;

/// <summary>Putting files into <c>landing/&lt;source&gt;/</c>.</summary>
public static class Landing
{
    public static async Task<IReadOnlyList<string>> CopyFolderAsync(ILakeStore lake, IngestSource source, string folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lake);
        if (!Directory.Exists(folder))
        {
            throw new KoersException($"{folder}: folder not found");
        }

        var written = new List<string>();
        foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith('.'))
            {
                continue;
            }

            var path = source.LandingPrefix() + name;
            await using var stream = File.OpenRead(file);
            await lake.WriteAsync(path, stream, null, cancellationToken);
            written.Add(path);
        }

        return written;
    }
}
