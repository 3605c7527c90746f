namespace KoersInsights.Lake.Tests.Contract;

/// <summary>The lake contract (issue 4): reads, writes, conditional create, listing, ranges, errors; run against every store.</summary>
public abstract class LakeContractTests<TLake> : LakeTestsBase<TLake>
    where TLake : ILakeUnderTest, new()
{
    [LakeFact]
    public async Task Written_object_reads_back_with_size_hash_and_metadata()
    {
        var bytes = TestContent.Random(100_000, 1);
        var path = "bronze/schools/opp/schooljaar=2023-2024/delivery a.parquet";
        await TestContent.WriteAsync(Lake, path, bytes, new LakeWriteOptions("application/vnd.apache.parquet", new Dictionary<string, string> { ["Delivery_Id"] = "opp.0123" }));

        Assert.Equal(bytes, await TestContent.ReadAllAsync(Lake, path));
        var item = await Lake.GetPropertiesAsync(path);
        Assert.NotNull(item);
        Assert.Equal(path, item.Path);
        Assert.Equal(bytes.Length, item.Size);
        Assert.Equal(TestContent.Md5(bytes), item.ContentMd5);
        Assert.Equal("opp.0123", item.Metadata["delivery_id"]);
        var listed = await Lake.ListAsync("bronze/").ToListAsync();
        Assert.Equal(path, Assert.Single(listed).Path);
    }

    [LakeFact]
    public async Task Conditional_create_raced_by_8_writers_has_exactly_one_winner()
    {
        const string path = "_manifest/deliveries/opp.0123456789abcdef.json";
        using var start = new ManualResetEventSlim();
        var writers = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return (Writer: i, Won: await Lake.TryCreateAsync(path, new MemoryStream(TestContent.Filled(1000, (byte)i))));
        })).ToArray();
        start.Set();
        var results = await Task.WhenAll(writers);

        var winner = Assert.Single(results, r => r.Won);
        Assert.Equal(TestContent.Filled(1000, (byte)winner.Writer), await TestContent.ReadAllAsync(Lake, path));
    }

    [LakeFact]
    public async Task Conditional_create_of_an_existing_object_keeps_its_content()
    {
        await TestContent.WriteAsync(Lake, "a.json", [1, 2, 3]);

        Assert.False(await Lake.TryCreateAsync("a.json", new MemoryStream([9])));
        Assert.Equal([1, 2, 3], await TestContent.ReadAllAsync(Lake, "a.json"));
    }

    [LakeFact]
    public async Task Listing_follows_ordinal_order_and_the_prefix_exactly()
    {
        string[] paths = ["x/b", "x/B", "x/a-b", "x/a/b", "x/a_b", "x/Z", "xy", "w/x"];
        foreach (var path in paths)
        {
            await TestContent.WriteAsync(Lake, path, [1]);
        }

        Assert.Equal(paths.Where(p => p.StartsWith("x/", StringComparison.Ordinal)).Order(StringComparer.Ordinal), await Lake.ListAsync("x/").Select(i => i.Path).ToListAsync());
        Assert.Equal(["x/a-b", "x/a/b", "x/a_b"], await Lake.ListAsync("x/a").Select(i => i.Path).ToListAsync());
        Assert.Equal(paths.Length, await Lake.ListAsync(string.Empty).CountAsync());
    }

    [LakeFact]
    public async Task Range_reads_return_exactly_the_requested_bytes()
    {
        var bytes = TestContent.Random(3 * 1024 * 1024 + 17, 7);
        await TestContent.WriteAsync(Lake, "r.bin", bytes);
        await using var stream = await Lake.OpenReadAsync("r.bin");
        Assert.True(stream.CanSeek);
        Assert.Equal(bytes.Length, stream.Length);

        foreach (var (offset, length) in new[] { (bytes.Length - 8L, 8), (0L, 4), (1024L * 1024 - 3, 10), (2_000_000L, 1_000_000) })
        {
            stream.Seek(offset, SeekOrigin.Begin);
            var buffer = new byte[length];
            await stream.ReadExactlyAsync(buffer);
            Assert.Equal(bytes.AsSpan((int)offset, length).ToArray(), buffer);
        }

        stream.Seek(0, SeekOrigin.End);
        Assert.Equal(0, await stream.ReadAsync(new byte[1]));
    }

    [LakeFact]
    public async Task Reading_a_missing_object_names_it()
    {
        var e = await Assert.ThrowsAsync<LakeObjectNotFoundException>(() => Lake.OpenReadAsync("landing/duo/missing.csv"));
        Assert.Contains("landing/duo/missing.csv", e.Message, StringComparison.Ordinal);
        Assert.Null(await Lake.GetPropertiesAsync("landing/duo/missing.csv"));
    }

    [LakeFact]
    public async Task Delete_reports_whether_the_object_existed()
    {
        await TestContent.WriteAsync(Lake, "d/x", [1]);

        Assert.True(await Lake.DeleteAsync("d/x"));
        Assert.False(await Lake.DeleteAsync("d/x"));
        Assert.Empty(await Lake.ListAsync("d/").ToListAsync());
    }

    [LakeFact]
    public async Task Empty_object_round_trips()
    {
        await TestContent.WriteAsync(Lake, "empty", []);

        Assert.Empty(await TestContent.ReadAllAsync(Lake, "empty"));
        Assert.Equal(0, (await Lake.GetPropertiesAsync("empty"))!.Size);
    }

    [LakeFact]
    public async Task Invalid_paths_are_refused_with_a_clear_message()
    {
        foreach (var path in new[] { "../outside", "/absolute", "a//b", "a/./b", "a\\b", "trailing/" })
        {
            var e = await Assert.ThrowsAsync<LakeException>(() => Lake.WriteAsync(path, new MemoryStream([1])));
            Assert.Contains(path, e.Message, StringComparison.Ordinal);
        }
    }

    [LakeFact]
    public async Task Metadata_that_cannot_travel_as_a_header_is_refused()
    {
        var e = await Assert.ThrowsAsync<LakeException>(() =>
            TestContent.WriteAsync(Lake, "m", [1], new LakeWriteOptions(Metadata: new Dictionary<string, string> { ["bad-name"] = "x" })));
        Assert.Contains("bad-name", e.Message, StringComparison.Ordinal);
    }

    [LakeFact]
    public async Task Read_link_longer_than_72_hours_is_refused()
    {
        await TestContent.WriteAsync(Lake, "extracts/0363/2024/a.xlsx", [1]);

        await Assert.ThrowsAsync<LakeException>(() => Lake.CreateReadLinkAsync("extracts/0363/2024/a.xlsx", TimeSpan.FromHours(73)));
        Assert.NotNull(await Lake.CreateReadLinkAsync("extracts/0363/2024/a.xlsx", TimeSpan.FromHours(72)));
    }
}
