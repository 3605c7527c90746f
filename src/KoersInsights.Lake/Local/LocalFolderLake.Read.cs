using System.Runtime.CompilerServices;

namespace KoersInsights.Lake.Local;

public sealed partial class LocalFolderLake
{
    public Task<Stream> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = ObjectFile(path);
        try
        {
            // The open handle keeps the inode it opened: a rename over the path mid-read leaves this reader on the
            // old, complete content.
            Stream stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.Asynchronous | FileOptions.RandomAccess);
            return Task.FromResult(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new LakeObjectNotFoundException(path);
        }
    }

    public Task<LakeItem?> GetPropertiesAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = new FileInfo(ObjectFile(path));
        return Task.FromResult(file.Exists ? ToItem(path, file, computeMissingHash: true) : null);
    }

    public async IAsyncEnumerable<LakeItem> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        LakePath.ValidatePrefix(prefix);
        RejectReserved(prefix);
        // Start at the deepest folder the prefix names in full, then filter by the whole prefix.
        var cut = prefix.LastIndexOf('/');
        var folder = cut < 0 ? _root : Path.Combine(_root, prefix[..cut].Replace('/', Path.DirectorySeparatorChar));
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        var paths = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var path = Path.GetRelativePath(_root, file).Replace(Path.DirectorySeparatorChar, '/');
            if (path.StartsWith(prefix, StringComparison.Ordinal) && !IsBookkeeping(path))
            {
                paths.Add(path);
            }
        }

        // Blob Storage lists in ordinal (UTF-8 byte) order; matching it keeps both stores interchangeable.
        paths.Sort(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var info = new FileInfo(Path.Combine(_root, path));
            if (info.Exists)
            {
                yield return ToItem(path, info, computeMissingHash: false);
            }

            await Task.CompletedTask;
        }
    }

    private static bool IsBookkeeping(string path) =>
        path.StartsWith(MetaFolderName + "/", StringComparison.Ordinal)
        || path.Split('/')[^1].StartsWith(TempFilePrefix, StringComparison.Ordinal);
}
