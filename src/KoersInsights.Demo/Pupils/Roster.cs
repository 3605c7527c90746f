using System.Globalization;
using KoersInsights.Demo.Model;
using KoersInsights.Demo.Randomness;
using KoersInsights.Demo.Region;

namespace KoersInsights.Demo.Pupils;

/// <summary>
/// The pupils of a location in a schooljaar, built from cohorts: per track, the pupils who entered leerjaar 1 in
/// a year, thinned by 3% a year. A pupil is (location, track, entry year, position), so the same pupil appears with
/// the same number and a leerjaar one higher the next year, and DUO's count is exactly the roster's size.
/// </summary>
internal static class Roster
{
    private const double Survival = 0.97;

    public static IReadOnlyList<Pupil> For(LocationModel model, int year, int seed, PupilNumbers numbers)
    {
        var pupils = new List<Pupil>();
        var digits = 7 + (model.Index % 3);
        var yearsPerPupil = model.Tracks.Sum(t => t.Leerjaren);
        foreach (var track in model.Tracks)
        {
            for (var leerjaar = 1; leerjaar <= track.Leerjaren; leerjaar++)
            {
                var entry = year - leerjaar + 1;
                var cohort = model.TargetSize(entry) / (double)yearsPerPupil;
                var present = (int)Math.Floor(cohort * Math.Pow(Survival, leerjaar - 1));
                for (var position = 0; position < present; position++)
                {
                    var key = Key(model.Index, track.Index, entry, position);
                    pupils.Add(Create(model, key, track, leerjaar, entry, seed, numbers.For(key, digits)));
                }
            }
        }

        return pupils;
    }

    private static long Key(int location, int track, int entry, int position) =>
        ((((location * 8L) + track) * 64L) + (entry - 1990)) * 8192L + position;

    private static Pupil Create(LocationModel model, long key, Track track, int leerjaar, int entry, int seed, long number)
    {
        var gemeente = model.Location.Gemeentecode;
        var woon = DemoRandom.Uniform(seed, (long)Purpose.Pupil, key, 1);
        var woongemeente = woon < 0.85
            ? gemeente
            : KoersVoGeography.NeighbourGemeenten(gemeente)[(int)((woon - 0.85) / 0.15 * KoersVoGeography.NeighbourGemeenten(gemeente).Count)];

        // One stable draw per pupil against a slowly moving share keeps "has an OPP" nearly constant over the years.
        var heeftOpp = DemoRandom.Uniform(seed, (long)Purpose.Pupil, key, 2) < model.Profile.OppShare;
        var zij = leerjaar >= 2 && DemoRandom.Uniform(seed, (long)Purpose.Pupil, key, 3) < 0.06;
        var behoefte = heeftOpp || DemoRandom.Uniform(seed, (long)Purpose.Pupil, key, 4) < 0.10;
        return new Pupil(key, number.ToString(CultureInfo.InvariantCulture), track, leerjaar, entry, woongemeente, heeftOpp, zij, behoefte);
    }
}
