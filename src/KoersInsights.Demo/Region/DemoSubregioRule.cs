namespace KoersInsights.Demo.Region;

/// <summary>
/// One row of the SWV's <c>regio</c> delivery (sources.md §2): a location belongs to <see cref="Subregio"/> when its
/// gemeente matches and, where given, its plaatsnaam and its 4-digit postcode range match too.
/// </summary>
public sealed record DemoSubregioRule(string Subregio, string Gemeentecode, string? Plaatsnaam, int? PostcodeVan, int? PostcodeTot)
{
    public bool Matches(string gemeentecode, string plaatsnaam, string postcode)
    {
        if (gemeentecode != Gemeentecode)
        {
            return false;
        }

        if (Plaatsnaam is not null && !string.Equals(Plaatsnaam, plaatsnaam, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (PostcodeVan is null)
        {
            return true;
        }

        var digits = int.Parse(postcode.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
        return digits >= PostcodeVan && digits <= PostcodeTot;
    }
}
