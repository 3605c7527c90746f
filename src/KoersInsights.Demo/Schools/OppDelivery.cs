using System.Globalization;
using KoersInsights.Demo.Model;
using KoersInsights.Demo.Pupils;
using KoersInsights.Demo.Randomness;

namespace KoersInsights.Demo.Schools;

/// <summary>
/// The OPPs of the schooljaar: every roster pupil with an OPP. Plans active on the peildatum were evaluated within
/// the 12 months before it with the location's on-time share (about 55% at the nulmeting, about 80% by 2024-2025).
/// </summary>
internal static class OppDelivery
{
    public static Delivery Build(LocationModel model, IReadOnlyList<Pupil> roster, int year, int seed)
    {
        var random = DemoRandom.For(seed, (long)Purpose.Opp, model.Index, year);
        var peildatum = Schooljaar.Peildatum(year);
        var rows = new List<string[]>();
        foreach (var pupil in roster.Where(p => p.HeeftOpp))
        {
            // The start is a property of the pupil: the same date in every year's file.
            var startYear = pupil.EntryYear + (int)(DemoRandom.Uniform(seed, (long)Purpose.Opp, pupil.Key, 1) * (year - pupil.EntryYear + 1));
            var start = Schooljaar.SchoolDay(startYear, DemoRandom.Uniform(seed, (long)Purpose.Opp, pupil.Key, 2));
            DateOnly? evaluatie = null;
            if (start <= peildatum)
            {
                if (random.Chance(model.Profile.OppEvaluatedOnTime(year)))
                {
                    var earliest = Math.Max(start.DayNumber, peildatum.AddDays(-364).DayNumber);
                    evaluatie = DateOnly.FromDayNumber(random.Next(earliest, peildatum.DayNumber + 1));
                }
                else if (random.Chance(0.5) && start < peildatum.AddDays(-400))
                {
                    evaluatie = DateOnly.FromDayNumber(random.Next(start.DayNumber, peildatum.AddDays(-380).DayNumber));
                }
            }

            DateOnly? einde = random.Chance(0.04) ? Schooljaar.SchoolDay(year, 0.2 + (0.8 * random.NextDouble())) : null;
            if (einde <= start)
            {
                einde = null;
            }

            rows.Add(
            [
                pupil.LeerlingId, model.Location.Vestigingscode, model.Style.Date(start), model.Style.Date(einde), model.Style.Date(evaluatie),
                pupil.Onderwijstype, pupil.Leerjaar.ToString(CultureInfo.InvariantCulture), pupil.Woongemeente,
            ]);
        }

        return new Delivery("opp", model.Location.Vestigingscode, year, Templates.Opp, rows);
    }
}
