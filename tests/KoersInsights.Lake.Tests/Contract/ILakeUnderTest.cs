namespace KoersInsights.Lake.Tests.Contract;

/// <summary>One store the contract tests run against: a fresh, empty lake per test, and a way to let time pass.</summary>
public interface ILakeUnderTest
{
    Task<ILakeStore> CreateAsync();

    Task DeleteAsync();

    /// <summary>Lets <paramref name="duration"/> pass for lease expiry.</summary>
    Task PassTimeAsync(TimeSpan duration);
}
