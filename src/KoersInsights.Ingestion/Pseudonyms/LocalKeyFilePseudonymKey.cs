using System.Security.Cryptography;
using KoersInsights.Core;

namespace KoersInsights.Ingestion.Pseudonyms;

/// <summary>
/// The key in <c>$KOERS_HOME/keys/pseudonym.key</c>: 32 random bytes created on first use, readable by the owner
/// only (mode 0600). Two processes creating it at once agree on one key: each writes a temporary file and the
/// first no-overwrite move wins.
/// </summary>
public sealed class LocalKeyFilePseudonymKey(string home) : IPseudonymKey
{
    public const int KeyLength = 32;

    public string KeyPath { get; } = Path.Combine(home, "keys", "pseudonym.key");

    public async Task<byte[]> GetKeyAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(KeyPath))
        {
            Create();
        }

        var key = await File.ReadAllBytesAsync(KeyPath, cancellationToken);
        if (key.Length < 16)
        {
            throw new KoersException($"{KeyPath}: the pseudonymisation key is damaged ({key.Length} bytes). Restore it from backup; a new key changes every pseudonym (docs/pseudonyms.md).");
        }

        return key;
    }

    private void Create()
    {
        var folder = Path.GetDirectoryName(KeyPath)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".pseudonym.key.{Guid.NewGuid():N}");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        {
            stream.Write(RandomNumberGenerator.GetBytes(KeyLength));
            stream.Flush(flushToDisk: true);
        }

        try
        {
            File.Move(temporary, KeyPath, overwrite: false);
        }
        catch (IOException) when (File.Exists(KeyPath))
        {
            // Another process created the key first; use theirs.
            File.Delete(temporary);
        }
    }
}
