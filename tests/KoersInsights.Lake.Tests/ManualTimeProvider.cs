namespace KoersInsights.Lake.Tests;

/// <summary>A clock the test moves forward, so lease expiry is tested without waiting.</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
