using System.Security.Cryptography;

namespace KoersInsights.Lake.Tests.Contract;

/// <summary>The lake contract under load: concurrent readers, 5,000 objects, a 64 MiB object; run against every store.</summary>
public abstract class LakeVolumeContractTests<TLake> : LakeTestsBase<TLake>
    where TLake : ILakeUnderTest, new()
{
    [LakeFact]
    public async Task Overwrite_under_concurrent_readers_shows_only_whole_old_or_new_content()
    {
        // Larger than the blob stream's 1 MiB read-ahead, so a blob read spans several ranged GETs.
        const int size = 3 * 1024 * 1024;
        const string path = "landing/schools/overwritten.csv";
        await TestContent.WriteAsync(Lake, path, TestContent.Filled(size, 0));
        using var writing = new CancellationTokenSource();
        var completeReads = 0;

        async Task ReadUntilWritesEndAsync()
        {
            do
            {
                try
                {
                    var bytes = await TestContent.ReadAllAsync(Lake, path);
                    Assert.Equal(size, bytes.Length);
                    Assert.True(bytes.AsSpan().IndexOfAnyExcept(bytes[0]) < 0, "a reader saw a mix of two versions");
                    Interlocked.Increment(ref completeReads);
                }
                catch (LakeConflictException)
                {
                    // The object was replaced between two ranges of this read: the reader is told, never given a mix.
                }
            }
            // Under load every read can overlap a write; once the writes end, one more read must come back whole.
            while (!writing.IsCancellationRequested || Volatile.Read(ref completeReads) == 0);
        }

        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(ReadUntilWritesEndAsync)).ToArray();
        for (byte version = 1; version <= 8; version++)
        {
            await TestContent.WriteAsync(Lake, path, TestContent.Filled(size, version));
        }

        await writing.CancelAsync();
        await Task.WhenAll(readers);
        Assert.True(completeReads > 0);
        Assert.Equal(TestContent.Filled(size, 8), await TestContent.ReadAllAsync(Lake, path));
    }

    [LakeFact]
    public async Task Listing_5000_objects_pages_through_all_of_them_in_ordinal_order()
    {
        var names = Enumerable.Range(0, 5000).Select(i => $"many/{i:D5}.csv").ToArray();
        await Parallel.ForEachAsync(names, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (name, ct) =>
            await Lake.WriteAsync(name, Stream.Null, cancellationToken: ct));
        await TestContent.WriteAsync(Lake, "manyother.csv", [1]);

        var listed = await Lake.ListAsync("many/").Select(i => i.Path).ToListAsync();

        Assert.Equal(names, listed);
    }

    [LakeFact]
    public async Task A_64_MiB_object_goes_through_blocks_and_reads_back_identically()
    {
        var bytes = TestContent.Random(64 * 1024 * 1024, 64);
        await TestContent.WriteAsync(Lake, "bronze/big.parquet", bytes);

        await using var read = await Lake.OpenReadAsync("bronze/big.parquet");
        Assert.Equal(SHA256.HashData(bytes), await SHA256.HashDataAsync(read));
        Assert.Equal(TestContent.Md5(bytes), (await Lake.GetPropertiesAsync("bronze/big.parquet"))!.ContentMd5);
    }
}
