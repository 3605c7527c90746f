namespace KoersInsights.Lake.Tests.Contract;

/// <summary>
/// Gives each contract test its own lake. The contract is split over three classes so xunit runs them in parallel:
/// the lease expiry wait on Azurite then overlaps with the volume tests.
/// </summary>
public abstract class LakeTestsBase<TLake> : IAsyncLifetime
    where TLake : ILakeUnderTest, new()
{
    private readonly TLake _store = new();

    protected ILakeStore Lake { get; private set; } = null!;

    /// <summary>A lease duration every store accepts (blob leases: 15–60 s).</summary>
    protected static TimeSpan LeaseDuration => TimeSpan.FromSeconds(15);

    protected Task PassTimeAsync(TimeSpan duration) => _store.PassTimeAsync(duration);

    public async Task InitializeAsync() => Lake = await _store.CreateAsync();

    public Task DisposeAsync() => _store.DeleteAsync();
}
