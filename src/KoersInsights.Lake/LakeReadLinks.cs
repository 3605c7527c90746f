namespace KoersInsights.Lake;

/// <summary>The limits on share links (reliability-privacy.md item 19: read-only, expiry at most 72 hours).</summary>
public static class LakeReadLinks
{
    public static readonly TimeSpan MaximumValidity = TimeSpan.FromHours(72);

    public static void ValidateValidity(string pathOrPrefix, TimeSpan validFor)
    {
        if (validFor <= TimeSpan.Zero || validFor > MaximumValidity)
        {
            throw new LakeException(
                $"{pathOrPrefix}: a read link must be valid for more than 0 and at most 72 hours (asked: {validFor}).");
        }
    }
}
