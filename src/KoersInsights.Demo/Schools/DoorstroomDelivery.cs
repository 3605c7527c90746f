using System.Globalization;
using KoersInsights.Demo.Model;
using KoersInsights.Demo.Pupils;
using KoersInsights.Demo.Randomness;

namespace KoersInsights.Demo.Schools;

/// <summary>
/// Every pupil of the roster at the end of the schooljaar with an outcome: afstroom 2.5–6% (more after zij-instroom
/// or with an OPP, slowly less over the years), diplomas in the final year.
/// </summary>
internal static class DoorstroomDelivery
{
    public static Delivery Build(LocationModel model, IReadOnlyList<Pupil> roster, int year, int seed)
    {
        var random = DemoRandom.For(seed, (long)Purpose.Doorstroom, model.Index, year);
        var afstroom = model.Profile.AfstroomShare * LocationProfile.SlowImprovement(year);
        var rows = new List<string[]>(roster.Count);
        foreach (var pupil in roster)
        {
            rows.Add(
            [
                pupil.LeerlingId, model.Location.Vestigingscode, Schooljaar.Format(year), pupil.Onderwijstype,
                pupil.Leerjaar.ToString(CultureInfo.InvariantCulture), Uitkomst(random, pupil, afstroom), Templates.JaNee(pupil.HeeftOpp),
                Templates.JaNee(pupil.ZijInstroom), Templates.JaNee(pupil.Ondersteuningsbehoefte),
            ]);
        }

        return new Delivery("doorstroom", model.Location.Vestigingscode, year, Templates.Doorstroom, rows);
    }

    private static string Uitkomst(DemoRandom random, Pupil pupil, double afstroom)
    {
        if (pupil.InFinalYear)
        {
            return random.PickWeighted<string>([("diploma", 0.88), ("doublure", 0.07), ("uitstroom_overig", 0.03), ("uitstroom_vavo", 0.02)]);
        }

        var risk = afstroom * (pupil.ZijInstroom ? 2.0 : 1.0) * (pupil.HeeftOpp ? 1.6 : 1.0);
        var canAfstroom = pupil.Track != Track.Pro;
        var canOpstroom = pupil.Track != Track.Vwo && pupil.Track != Track.Pro;
        return random.PickWeighted<string>(
        [
            ("bevorderd", 0.88), ("doublure", 0.04), ("afstroom", canAfstroom ? risk : 0), ("opstroom", canOpstroom ? 0.02 : 0),
            ("uitstroom_vavo", pupil.Leerjaar >= 3 && pupil.Track.Leerjaren >= 5 ? 0.004 : 0), ("uitstroom_vso", pupil.HeeftOpp ? 0.02 : 0.002),
            ("uitstroom_mbo", pupil.Track.Leerjaren == 4 && pupil.Leerjaar >= 2 ? 0.006 : 0), ("uitstroom_overig", 0.008),
        ]);
    }
}
