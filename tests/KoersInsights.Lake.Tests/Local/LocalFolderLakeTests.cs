using KoersInsights.Lake.Local;

namespace KoersInsights.Lake.Tests.Local;

/// <summary>Local-only behaviour: bookkeeping stays hidden, links are file URIs, leases hold across instances.</summary>
public sealed class LocalFolderLakeTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "koers-lake-tests", Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Bookkeeping_files_never_show_up_in_listings()
    {
        var lake = new LocalFolderLake(_folder);
        await TestContent.WriteAsync(lake, "a/b.csv", [1], new LakeWriteOptions(Metadata: new Dictionary<string, string> { ["x"] = "y" }));
        await using (await lake.TryAcquireLeaseAsync("a/lock", TimeSpan.FromMinutes(1)))
        {
            Assert.Equal(["a/b.csv", "a/lock"], await lake.ListAsync(string.Empty).Select(i => i.Path).ToListAsync());
        }

        Assert.True(Directory.Exists(Path.Combine(_folder, ".lake-meta")));
        await Assert.ThrowsAsync<LakeException>(() => TestContent.WriteAsync(lake, ".lake-meta/x", [1]));
    }

    [Fact]
    public async Task Read_link_is_a_file_uri_of_the_object_or_folder()
    {
        var lake = new LocalFolderLake(_folder);
        await TestContent.WriteAsync(lake, "extracts/0363/a.csv", [7]);

        var file = await lake.CreateReadLinkAsync("extracts/0363/a.csv", TimeSpan.FromHours(1));
        var folder = await lake.CreateReadLinkAsync("extracts/0363/", TimeSpan.FromHours(1));

        Assert.True(file.IsFile);
        Assert.Equal([7], await File.ReadAllBytesAsync(file.LocalPath));
        Assert.True(Directory.Exists(folder.LocalPath));
    }

    [Fact]
    public async Task A_lease_held_by_one_lake_instance_blocks_another_on_the_same_folder()
    {
        var first = new LocalFolderLake(_folder);
        var second = new LocalFolderLake(_folder);

        await using var held = await first.TryAcquireLeaseAsync("_locks/run", TimeSpan.FromMinutes(1));

        Assert.NotNull(held);
        Assert.Null(await second.TryAcquireLeaseAsync("_locks/run", TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task A_file_replaced_outside_the_lake_gets_a_fresh_hash_and_no_stale_metadata()
    {
        var lake = new LocalFolderLake(_folder);
        await TestContent.WriteAsync(lake, "landing/a.csv", [1], new LakeWriteOptions(Metadata: new Dictionary<string, string> { ["k"] = "v" }));

        await File.WriteAllBytesAsync(Path.Combine(_folder, "landing", "a.csv"), [1, 2]);
        var item = await lake.GetPropertiesAsync("landing/a.csv");

        Assert.Equal(TestContent.Md5([1, 2]), item!.ContentMd5);
        Assert.Empty(item.Metadata);
    }
}
