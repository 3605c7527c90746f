using KoersInsights.Demo.Model;
using KoersInsights.Demo.Pupils;
using KoersInsights.Demo.Randomness;

namespace KoersInsights.Demo.Schools;

/// <summary>
/// Absence cases open at some time in the schooljaar: thuiszitters open on the peildatum at the location's rate
/// per 1000 (2–6, falling slowly), more thuiszitter cases later in the year, and long relative absence for 1–3%.
/// </summary>
internal static class VerzuimDelivery
{
    public static Delivery Build(LocationModel model, IReadOnlyList<Pupil> roster, int year, int seed)
    {
        var random = DemoRandom.For(seed, (long)Purpose.Verzuim, model.Index, year);
        var peildatum = Schooljaar.Peildatum(year);
        var last = Schooljaar.LastDay(year);
        var rows = new List<string[]>();
        var perThousand = model.Profile.ThuiszittersPer1000(year) * roster.Count / 1000.0;

        foreach (var pupil in PupilSampling.Distinct(random, roster, random.Poisson(perThousand)))
        {
            var start = peildatum.AddDays(-random.LogNormal(60, 0.7, 5, 300));
            var einde = peildatum.AddDays(random.LogNormal(90, 0.7, 5, 400));
            rows.Add(Row(model, random, pupil, random.Chance(0.8) ? "thuiszitter" : "absoluut", start, Einde(einde, last)));
        }

        foreach (var pupil in PupilSampling.Distinct(random, roster, random.Poisson(perThousand * 1.2)))
        {
            var start = DateOnly.FromDayNumber(random.Next(peildatum.AddDays(1).DayNumber, last.AddDays(-30).DayNumber));
            var einde = start.AddDays(random.LogNormal(70, 0.7, 5, 400));
            rows.Add(Row(model, random, pupil, random.Chance(0.8) ? "thuiszitter" : "absoluut", start, Einde(einde, last)));
        }

        var langdurig = model.Profile.LangdurigVerzuimShare * LocationProfile.SlowImprovement(year) * roster.Count;
        foreach (var pupil in PupilSampling.Distinct(random, roster, random.Poisson(langdurig), supportBias: 1.5))
        {
            var start = Schooljaar.SchoolDay(year, random.NextDouble() * 0.9);
            var einde = start.AddDays(random.Next(20, 121));
            rows.Add(Row(model, random, pupil, "relatief_langdurig", start, Einde(einde, last)));
        }

        return new Delivery("verzuim", model.Location.Vestigingscode, year, Templates.Verzuim, rows);
    }

    /// <summary>
    /// A case is delivered with its end date even when that falls after the schooljaar (within the template's window
    /// of a year after it): a case left open would count as open on every later peildatum, because next year's file
    /// does not repeat it — thuiszitters would pile up and the demo would show a rise it never generated.
    /// </summary>
    private static DateOnly? Einde(DateOnly einde, DateOnly last) => einde > last.AddDays(300) ? last.AddDays(300) : einde;

    private static string[] Row(LocationModel model, DemoRandom random, Pupil pupil, string soort, DateOnly start, DateOnly? einde) =>
    [
        pupil.LeerlingId, model.Location.Vestigingscode, soort, model.Style.Date(start), model.Style.Date(einde), pupil.Woongemeente,
        Templates.JaNee(random.Chance(0.92)),
    ];
}
