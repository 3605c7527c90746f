using System.Globalization;

namespace KoersInsights.Lake.Local;

/// <summary>
/// One generation of a local lease: <c>.lake-meta/leases/&lt;path&gt;/&lt;generation&gt;.lease</c>. The highest
/// generation is the current lease. Taking over an expired lease creates the next generation with a no-replace
/// move, so of two processes racing for the same expired lease exactly one gets the new generation.
/// </summary>
internal sealed record LocalLeaseRecord(long Generation, string LeaseId, DateTimeOffset ExpiresOn, LocalLeaseState State)
{
    public bool IsActive(DateTimeOffset now) => State == LocalLeaseState.Held && now < ExpiresOn;

    public byte[] Serialize() =>
        System.Text.Encoding.UTF8.GetBytes(string.Join('\n', LeaseId, ExpiresOn.UtcTicks.ToString(CultureInfo.InvariantCulture), State.ToString()));

    public static LocalLeaseRecord? Parse(long generation, string text)
    {
        var parts = text.Split('\n');
        if (parts.Length != 3
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || !Enum.TryParse<LocalLeaseState>(parts[2], out var state))
        {
            return null;
        }

        return new LocalLeaseRecord(generation, parts[0], new DateTimeOffset(ticks, TimeSpan.Zero), state);
    }
}

internal enum LocalLeaseState
{
    Held,
    Released,
    Broken,
}
