using System.Security.Cryptography;
using System.Text.Json;

namespace KoersInsights.Lake.Local;

public sealed partial class LocalFolderLake
{
    internal string SidecarFile(string path) =>
        Path.Combine(_root, MetaFolderName, "objects", path.Replace('/', Path.DirectorySeparatorChar) + ".json");

    private async Task WriteSidecarAsync(string path, LocalSidecar sidecar, CancellationToken cancellationToken)
    {
        var file = SidecarFile(path);
        await WriteSmallFileAtomicallyAsync(file, JsonSerializer.SerializeToUtf8Bytes(sidecar), cancellationToken);
    }

    private LocalSidecar? ReadSidecar(string path, FileInfo file)
    {
        try
        {
            var sidecar = JsonSerializer.Deserialize<LocalSidecar>(File.ReadAllBytes(SidecarFile(path)));
            return sidecar is not null && sidecar.Describes(file) ? sidecar : null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            return null;
        }
    }

    private LakeItem ToItem(string path, FileInfo file, bool computeMissingHash)
    {
        var sidecar = ReadSidecar(path, file);
        var md5 = sidecar?.ContentMd5 ?? (computeMissingHash ? ComputeMd5(file) : null);
        var metadata = sidecar?.Metadata ?? (IReadOnlyDictionary<string, string>)LakeMetadata.Empty;
        return new LakeItem(path, file.Length, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero), md5, metadata);
    }

    private static string ComputeMd5(FileInfo file)
    {
        using var stream = file.OpenRead();
        return Convert.ToBase64String(MD5.HashData(stream));
    }

    /// <summary>Temp file + fsync + rename, for the lake's own small bookkeeping files.</summary>
    internal static async Task WriteSmallFileAtomicallyAsync(string file, byte[] bytes, CancellationToken cancellationToken)
    {
        var temp = await WriteSmallTempFileAsync(file, bytes, cancellationToken);
        File.Move(temp, file, overwrite: true);
    }

    internal static async Task<string> WriteSmallTempFileAsync(string file, byte[] bytes, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(file)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, TempFilePrefix + Guid.NewGuid().ToString("N"));
        await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
        {
            await stream.WriteAsync(bytes, cancellationToken);
            stream.Flush(flushToDisk: true);
        }

        return temp;
    }
}
