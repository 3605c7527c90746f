using System.Security.Cryptography;

namespace KoersInsights.Lake.Local;

/// <summary>
/// The lake as a folder on disk (the default). Writes go to a temp file in the target's own folder, are flushed to
/// disk and then renamed over the target: rename(2) within one file system is atomic, so readers see the old or the
/// whole new file. Metadata, content MD5 and leases live under <c>.lake-meta/</c>, which listings never show.
/// </summary>
public sealed partial class LocalFolderLake : ILakeStore
{
    internal const string MetaFolderName = ".lake-meta";
    internal const string TempFilePrefix = ".lake-tmp-";

    private readonly string _root;
    private readonly TimeProvider _time;

    /// <param name="root">The lake folder; created when missing.</param>
    /// <param name="timeProvider">Clock for lease expiry (tests move it forward instead of sleeping).</param>
    public LocalFolderLake(string root, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _root = Path.GetFullPath(root);
        _time = timeProvider ?? TimeProvider.System;
        Directory.CreateDirectory(_root);
    }

    public string Location => _root;

    public async Task WriteAsync(string path, Stream content, LakeWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        var target = ObjectFile(path);
        var metadata = LakeMetadata.Normalize(path, options?.Metadata);
        var temp = await WriteTempFileAsync(target, content, cancellationToken);
        File.Move(temp.FilePath, target, overwrite: true);
        await WriteSidecarAsync(path, temp.ToSidecar(options?.ContentType, metadata), cancellationToken);
    }

    public async Task<bool> TryCreateAsync(string path, Stream content, LakeWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        var target = ObjectFile(path);
        var metadata = LakeMetadata.Normalize(path, options?.Metadata);
        if (File.Exists(target))
        {
            return false;
        }

        var temp = await WriteTempFileAsync(target, content, cancellationToken);
        if (!NoReplaceMove.TryMove(temp.FilePath, target))
        {
            File.Delete(temp.FilePath);
            return false;
        }

        await WriteSidecarAsync(path, temp.ToSidecar(options?.ContentType, metadata), cancellationToken);
        return true;
    }

    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        var target = ObjectFile(path);
        var existed = File.Exists(target);
        File.Delete(target);
        File.Delete(SidecarFile(path));
        return Task.FromResult(existed);
    }

    internal string ObjectFile(string path)
    {
        LakePath.ValidateObject(path);
        RejectReserved(path);
        return Path.Combine(_root, path.Replace('/', Path.DirectorySeparatorChar));
    }

    private static void RejectReserved(string pathOrPrefix)
    {
        if (pathOrPrefix.StartsWith(MetaFolderName, StringComparison.Ordinal)
            || pathOrPrefix.Split('/').Any(s => s.StartsWith(TempFilePrefix, StringComparison.Ordinal)))
        {
            throw new LakeException($"'{pathOrPrefix}': names starting with .lake- are reserved for the lake's own bookkeeping.");
        }
    }

    private static async Task<TempFile> WriteTempFileAsync(string target, Stream content, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, TempFilePrefix + Guid.NewGuid().ToString("N"));
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        long size = 0;
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                var buffer = new byte[1 << 16];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    md5.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    size += read;
                }

                // fsync before rename: otherwise a crash can leave the new name pointing at unwritten blocks.
                file.Flush(flushToDisk: true);
            }

            return new TempFile(temp, size, File.GetLastWriteTimeUtc(temp), Convert.ToBase64String(md5.GetHashAndReset()));
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    private sealed record TempFile(string FilePath, long Size, DateTime LastWriteUtc, string ContentMd5)
    {
        public LocalSidecar ToSidecar(string? contentType, IReadOnlyDictionary<string, string> metadata) =>
            new(Size, LastWriteUtc.Ticks, ContentMd5, contentType, new Dictionary<string, string>(metadata));
    }
}
