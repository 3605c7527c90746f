using KoersInsights.Demo.Randomness;
using KoersInsights.Demo.Region;

namespace KoersInsights.Demo.Model;

/// <summary>
/// Expected rates of one location per schooljaar. Trends are yearly factors counted from 2018-2019, the
/// nulmeting of the Ondersteuningsplan, whatever the first generated schooljaar is, so a small run shows the
/// same rates as the full one for the same years.
/// </summary>
internal sealed class LocationProfile
{
    /// <summary>Start year the trends count from.</summary>
    public const int TrendBaseYear = 2018;

    private readonly double _tvRate0;
    private readonly double _tvFactor;
    private readonly double _thuiszitters0;
    private readonly double _thuiszittersFactor;
    private readonly double _evaluationOffset;

    public LocationProfile(int seed, int locationIndex, IReadOnlyList<Track> tracks, string? subregio)
    {
        var random = DemoRandom.For(seed, (long)Purpose.Profile, locationIndex);
        var level = tracks.Average(t => TvLevel(t));
        _tvRate0 = level * Math.Exp(0.22 * random.Normal());

        // Designed subregio trends: Rotterdam-Zuid improves clearly, BAR stays flat, Lansingerland-Zuidplas gets
        // worse; a school's own deviation makes some schools improve while others do not.
        _tvFactor = SubregioTvFactor(subregio) + (0.035 * random.Normal());
        _thuiszitters0 = random.Between(2.0, 6.0);
        _thuiszittersFactor = 0.96 + (0.03 * random.Normal());
        OppShare = Math.Clamp(random.Between(0.03, 0.08) * (tracks.Contains(Track.Pro) ? 1.5 : 1.0), 0.03, 0.12);
        _evaluationOffset = 0.07 * random.Normal();
        ObservatieRate = random.Between(1.5, 4.0);
        ExtraOndersteuningRate = random.Between(3.0, 8.0);
        LangdurigVerzuimShare = random.Between(0.008, 0.03);
        AfstroomShare = random.Between(0.025, 0.06);
        ConsultatieIntensity = random.Between(0.5, 1.5);
    }

    /// <summary>Share of pupils with an OPP (3–8%, more in PRO).</summary>
    public double OppShare { get; }

    public double ObservatieRate { get; }

    public double ExtraOndersteuningRate { get; }

    public double LangdurigVerzuimShare { get; }

    public double AfstroomShare { get; }

    public double ConsultatieIntensity { get; }

    /// <summary>Distinct pupils entering the TV per 100 pupils.</summary>
    public double TvInstroomPer100(int year) => _tvRate0 * Math.Pow(_tvFactor, year - TrendBaseYear);

    /// <summary>Thuiszitters open on the peildatum per 1000 pupils, falling slowly.</summary>
    public double ThuiszittersPer1000(int year) => _thuiszitters0 * Math.Pow(_thuiszittersFactor, year - TrendBaseYear);

    /// <summary>Share of active OPPs evaluated within 12 months: about 55% in 2018-2019 rising to about 80% in 2024-2025.</summary>
    public double OppEvaluatedOnTime(int year) =>
        Math.Clamp(0.55 + (0.042 * (year - TrendBaseYear)) + _evaluationOffset, 0.3, 0.97);

    /// <summary>Share of ended TV registrations that go back to class, rising from 0.60 towards 0.75.</summary>
    public static double TerugInKlasShare(int year) => Math.Min(0.78, 0.60 + (0.025 * (year - TrendBaseYear)));

    /// <summary>Median TV stay in days, shortening from 75 to about 60.</summary>
    public static double TvMedianDays(int year) => Math.Max(55, 75 - (2.5 * (year - TrendBaseYear)));

    /// <summary>Yearly factor on rates that improve slowly everywhere (extra support, afstroom, verzuim).</summary>
    public static double SlowImprovement(int year) => Math.Pow(0.975, year - TrendBaseYear);

    internal static double SubregioTvFactor(string? subregio) => subregio switch
    {
        KoersVoGeography.RotterdamZuid => 0.89,
        KoersVoGeography.RotterdamNoord => 0.95,
        KoersVoGeography.RotterdamWestCentrum => 0.96,
        KoersVoGeography.CapelleKrimpenLekkerkerk => 0.94,
        KoersVoGeography.Bar => 1.0,
        KoersVoGeography.LansingerlandZuidplas => 1.06,
        _ => 1.0,
    };

    private static double TvLevel(Track track) => track.Onderwijstype switch
    {
        "PRO" => 6.0,
        "VMBO-B" or "VMBO-K" => 5.5,
        "VMBO-GT" => 4.5,
        "HAVO" => 3.2,
        _ => 2.8,
    };
}
