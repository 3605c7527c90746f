namespace KoersInsights.Lake.Local;

public sealed partial class LocalFolderLake
{
    /// <summary>
    /// A file URI: on a local lake the file system's own permissions are the access control, so there is nothing to
    /// sign. The validity is still checked so callers get the same error on both stores.
    /// </summary>
    public Task<Uri> CreateReadLinkAsync(string pathOrPrefix, TimeSpan validFor, CancellationToken cancellationToken = default)
    {
        LakeReadLinks.ValidateValidity(pathOrPrefix, validFor);
        if (LakePath.IsFolderPrefix(pathOrPrefix))
        {
            LakePath.ValidatePrefix(pathOrPrefix);
            RejectReserved(pathOrPrefix);
            var folder = Path.Combine(_root, pathOrPrefix.Replace('/', Path.DirectorySeparatorChar));
            return Task.FromResult(new Uri(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar));
        }

        return Task.FromResult(new Uri(ObjectFile(pathOrPrefix)));
    }
}
