namespace KoersInsights.Lake.Tests.Contract;

/// <summary>The lake contract for leases: contention, break, expiry; run against every store.</summary>
public abstract class LakeLeaseContractTests<TLake> : LakeTestsBase<TLake>
    where TLake : ILakeUnderTest, new()
{
    [LakeFact]
    public async Task Lease_is_exclusive_until_released()
    {
        const string path = "_locks/ingest";
        var first = await Lake.TryAcquireLeaseAsync(path, LeaseDuration);
        Assert.NotNull(first);
        Assert.Null(await Lake.TryAcquireLeaseAsync(path, LeaseDuration));
        await first.RenewAsync();
        Assert.Null(await Lake.TryAcquireLeaseAsync(path, LeaseDuration));

        await first.ReleaseAsync();
        await using var second = await Lake.TryAcquireLeaseAsync(path, LeaseDuration);
        Assert.NotNull(second);
        Assert.NotEqual(first.LeaseId, second.LeaseId);
    }

    [LakeFact]
    public async Task Broken_lease_can_be_taken_and_its_old_holder_learns_it_lost()
    {
        const string path = "_locks/stuck";
        var stuck = await Lake.TryAcquireLeaseAsync(path, Timeout.InfiniteTimeSpan);
        Assert.NotNull(stuck);

        await Lake.BreakLeaseAsync(path);
        await using var next = await Lake.TryAcquireLeaseAsync(path, LeaseDuration);

        Assert.NotNull(next);
        await Assert.ThrowsAsync<LakeLeaseLostException>(() => stuck.RenewAsync());
    }

    [LakeFact]
    public async Task Expired_lease_can_be_taken_by_another_holder()
    {
        const string path = "_locks/expiring";
        var expired = await Lake.TryAcquireLeaseAsync(path, LeaseDuration);
        Assert.NotNull(expired);

        await PassTimeAsync(LeaseDuration + TimeSpan.FromSeconds(1));
        await using var next = await Lake.TryAcquireLeaseAsync(path, LeaseDuration);

        Assert.NotNull(next);
        await Assert.ThrowsAsync<LakeLeaseLostException>(() => expired.RenewAsync());
    }
}
