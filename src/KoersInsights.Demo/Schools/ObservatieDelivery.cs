using KoersInsights.Demo.Model;
using KoersInsights.Demo.Pupils;
using KoersInsights.Demo.Randomness;

namespace KoersInsights.Demo.Schools;

/// <summary>Classroom observations, slowly becoming more frequent; leerling_id only for soort leerling.</summary>
internal static class ObservatieDelivery
{
    public static Delivery Build(LocationModel model, IReadOnlyList<Pupil> roster, int year, int seed)
    {
        var random = DemoRandom.For(seed, (long)Purpose.Observatie, model.Index, year);
        var expected = model.Profile.ObservatieRate * Math.Pow(1.04, year - LocationProfile.TrendBaseYear) * roster.Count / 100.0;
        var rows = new List<string[]>();
        for (var i = random.Poisson(expected); i > 0 && roster.Count > 0; i--)
        {
            var leerling = random.Chance(0.7);
            rows.Add(
            [
                model.Style.Date(Schooljaar.SchoolDay(year, random.NextDouble())), model.Location.Vestigingscode, leerling ? "leerling" : "klas",
                random.PickWeighted<string>([("tv", 0.35), ("consultatieteam", 0.25), ("bpo", 0.2), ("zorgcoordinator", 0.2)]),
                leerling ? random.Pick(roster).LeerlingId : string.Empty,
            ]);
        }

        rows.Sort((a, b) => string.CompareOrdinal(a[0], b[0]));
        return new Delivery("observatie", model.Location.Vestigingscode, year, Templates.Observatie, rows);
    }
}
