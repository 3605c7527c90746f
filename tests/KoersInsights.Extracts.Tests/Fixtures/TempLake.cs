using KoersInsights.Lake.Local;

namespace KoersInsights.Extracts.Tests.Fixtures;

/// <summary>A real local-folder lake in a temporary folder, deleted afterwards.</summary>
public sealed class TempLake : IDisposable
{
    public TempLake()
    {
        Root = Path.Combine(Path.GetTempPath(), "koers-extracts-" + Guid.NewGuid().ToString("N"));
        Lake = new LocalFolderLake(Root);
    }

    public string Root { get; }

    public LocalFolderLake Lake { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
