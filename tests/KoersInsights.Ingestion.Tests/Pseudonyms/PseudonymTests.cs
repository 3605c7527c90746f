using KoersInsights.Ingestion.Pseudonyms;

namespace KoersInsights.Ingestion.Tests.Pseudonyms;

public sealed class PseudonymTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "koers-pseudonym-tests", Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_home, recursive: true);

    [Fact]
    public async Task Same_pupil_gets_the_same_pseudonym_across_files_spellings_and_processes()
    {
        var key = new LocalKeyFilePseudonymKey(_home);
        var first = await HmacPseudonymizer.CreateAsync(key);
        var second = await HmacPseudonymizer.CreateAsync(new LocalKeyFilePseudonymKey(_home));

        var pseudonym = first.Pseudonymize("ab123");
        Assert.Equal(pseudonym, first.Pseudonymize(" AB123 "));
        Assert.Equal(pseudonym, second.Pseudonymize("Ab123"));
        Assert.NotEqual(pseudonym, first.Pseudonymize("AB124"));
        Assert.Matches("^[0-9a-f]{64}$", pseudonym);
    }

    [Fact]
    public async Task Key_file_is_created_once_with_32_random_bytes_readable_by_the_owner_only()
    {
        var key = new LocalKeyFilePseudonymKey(_home);
        var bytes = await key.GetKeyAsync();
        var again = await new LocalKeyFilePseudonymKey(_home).GetKeyAsync();

        Assert.Equal(32, bytes.Length);
        Assert.Equal(bytes, again);
        Assert.Equal(Path.Combine(_home, "keys", "pseudonym.key"), key.KeyPath);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key.KeyPath));
        }
    }

    [Fact]
    public async Task Another_key_gives_other_pseudonyms()
    {
        var ours = await HmacPseudonymizer.CreateAsync(new LocalKeyFilePseudonymKey(_home));
        var theirs = await HmacPseudonymizer.CreateAsync(new LocalKeyFilePseudonymKey(Path.Combine(_home, "other")));

        Assert.NotEqual(ours.Pseudonymize("AB123"), theirs.Pseudonymize("AB123"));
    }

    [Fact]
    public async Task Concurrent_first_use_agrees_on_one_key()
    {
        var keys = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => new LocalKeyFilePseudonymKey(_home).GetKeyAsync())));

        Assert.All(keys, k => Assert.Equal(keys[0], k));
    }
}
