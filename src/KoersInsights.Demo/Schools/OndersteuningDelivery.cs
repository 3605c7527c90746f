using KoersInsights.Demo.Model;
using KoersInsights.Demo.Pupils;
using KoersInsights.Demo.Randomness;

namespace KoersInsights.Demo.Schools;

/// <summary>Support trajectories: basic support for about 3 per 100, extra or arrangement for 3–8 per 100 (slowly fewer).</summary>
internal static class OndersteuningDelivery
{
    public static Delivery Build(LocationModel model, IReadOnlyList<Pupil> roster, int year, int seed)
    {
        var random = DemoRandom.For(seed, (long)Purpose.Ondersteuning, model.Index, year);
        var rows = new List<string[]>();
        var extra = random.Poisson(model.Profile.ExtraOndersteuningRate * LocationProfile.SlowImprovement(year) * roster.Count / 100.0);
        foreach (var pupil in PupilSampling.Distinct(random, roster, extra))
        {
            rows.Add(Row(model, random, pupil, random.Chance(0.75) ? "extra" : "arrangement", year));
        }

        foreach (var pupil in PupilSampling.Distinct(random, roster, random.Poisson(3.0 * roster.Count / 100.0), supportBias: 1.5))
        {
            rows.Add(Row(model, random, pupil, "basis", year));
        }

        rows.Sort((a, b) => string.CompareOrdinal(a[3], b[3]));
        return new Delivery("ondersteuning", model.Location.Vestigingscode, year, Templates.Ondersteuning, rows);
    }

    private static string[] Row(LocationModel model, DemoRandom random, Pupil pupil, string soort, int year)
    {
        var last = Schooljaar.LastDay(year);
        var aanmelding = Schooljaar.SchoolDay(year, random.NextDouble());
        DateOnly? start = aanmelding.AddDays(random.Next(3, 31));
        DateOnly? einde = start.Value.AddDays(random.LogNormal(90, 0.5, 14, 300));
        if (einde > last)
        {
            einde = null;
        }

        if (start > last)
        {
            start = null;
        }

        return [pupil.LeerlingId, model.Location.Vestigingscode, soort, model.Style.Date(aanmelding), model.Style.Date(start), model.Style.Date(einde)];
    }
}
