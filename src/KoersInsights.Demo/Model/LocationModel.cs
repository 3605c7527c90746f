using KoersInsights.Demo.Randomness;
using KoersInsights.Demo.Region;

namespace KoersInsights.Demo.Model;

/// <summary>Everything the generator knows about one location: its DUO record, tracks, size per year and rates.</summary>
internal sealed class LocationModel
{
    private readonly Dictionary<int, int> _sizes = [];

    public LocationModel(int index, DemoLocation location, LocationAddress address, int baseSize, int seed, int lastYear)
    {
        Index = index;
        Location = location;
        Address = address;
        Tracks = Track.ForStructuur(location.Onderwijsstructuur);
        Profile = new LocationProfile(seed, index, Tracks, location.Subregio);

        // Sizes drift a few percent a year; years before the first schooljaar are needed for older cohorts.
        var size = (double)baseSize;
        for (var year = FirstModelledYear; year <= lastYear; year++)
        {
            _sizes[year] = (int)Math.Round(size);
            size *= Math.Exp(0.03 * DemoRandom.For(seed, (long)Purpose.Size, index, year).Normal());
        }
    }

    /// <summary>Cohorts of a 6-year VWO in the first schooljaar entered up to 6 years earlier.</summary>
    public const int FirstModelledYear = 2005;

    public int Index { get; }

    public DemoLocation Location { get; }

    public LocationAddress Address { get; }

    public IReadOnlyList<Track> Tracks { get; }

    public LocationProfile Profile { get; }

    public DeliveryStyle Style { get; init; } = DeliveryStyle.Standard;

    /// <summary>Target size of the location in a schooljaar (the roster's actual count is what DUO publishes).</summary>
    public int TargetSize(int year) => _sizes[Math.Clamp(year, FirstModelledYear, _sizes.Keys.Max())];
}

/// <summary>Address and contact columns of DUO's vestigingen file for a fictitious location.</summary>
internal sealed record LocationAddress(
    string Straatnaam,
    string Huisnummer,
    string Internetadres,
    string Denominatie,
    string CorrespondentieStraat,
    string CorrespondentieHuisnummer,
    string CorrespondentiePostcode,
    string ShortName);
