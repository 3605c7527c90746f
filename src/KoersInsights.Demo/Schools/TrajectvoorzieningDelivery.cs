using System.Globalization;
using KoersInsights.Demo.Model;
using KoersInsights.Demo.Pupils;
using KoersInsights.Demo.Randomness;

namespace KoersInsights.Demo.Schools;

/// <summary>TV registrations: distinct pupils ≈ the location's TV-instroom rate × pupils / 100, stays of 30–150 days.</summary>
internal static class TrajectvoorzieningDelivery
{
    public static Delivery Build(LocationModel model, IReadOnlyList<Pupil> roster, int year, int seed)
    {
        var random = DemoRandom.For(seed, (long)Purpose.Trajectvoorziening, model.Index, year);
        var style = model.Style;
        var rows = new List<string[]>();
        var expected = model.Profile.TvInstroomPer100(year) * roster.Count / 100.0;
        foreach (var pupil in PupilSampling.Distinct(random, roster, random.Poisson(expected)))
        {
            var aanmelding = Schooljaar.SchoolDay(year, random.NextDouble() * 0.9);
            var registrations = random.Chance(0.1) ? 2 : 1;
            for (var r = 0; r < registrations && aanmelding <= Schooljaar.LastDay(year); r++)
            {
                var duur = random.LogNormal(LocationProfile.TvMedianDays(year), 0.45, 30, 150);
                DateOnly? einde = aanmelding.AddDays(duur);
                string uitkomst;
                if (einde > Schooljaar.LastDay(year))
                {
                    einde = null;
                    uitkomst = string.Empty;
                }
                else
                {
                    uitkomst = random.Chance(LocationProfile.TerugInKlasShare(year))
                        ? "terug_in_klas"
                        : random.PickWeighted<string>([("andere_school", 0.35), ("vso", 0.2), ("thuiszitter", 0.1), ("overig", 0.35)]);
                }

                rows.Add(
                [
                    pupil.LeerlingId, model.Location.Vestigingscode, style.Date(aanmelding), Reden(random, year), style.Date(einde), uitkomst,
                    pupil.Onderwijstype, pupil.Leerjaar.ToString(CultureInfo.InvariantCulture), Templates.JaNee(pupil.HeeftOpp), pupil.Woongemeente,
                ]);
                aanmelding = (einde ?? Schooljaar.LastDay(year)).AddDays(random.Next(20, 90));
            }
        }

        rows.Sort((a, b) => string.CompareOrdinal(a[2], b[2]));
        return new Delivery("trajectvoorziening", model.Location.Vestigingscode, year, Templates.Trajectvoorziening, rows);
    }

    /// <summary>Demotivation/burn-out grows as a reason over the years (seed 004: a new support need).</summary>
    private static string Reden(DemoRandom random, int year) => random.PickWeighted<string>(
    [
        ("gedrag", 0.3), ("sociaal_emotioneel", 0.25), ("motivatie_burnout", 0.06 + (0.025 * (year - LocationProfile.TrendBaseYear))),
        ("leerproblemen", 0.15), ("thuissituatie", 0.1), ("overig", 0.07),
    ]);
}
