using System.Globalization;
using KoersInsights.Demo.Model;
using KoersInsights.Demo.Pupils;
using KoersInsights.Demo.Randomness;
using KoersInsights.Demo.Schools;

namespace KoersInsights.Demo.Surveys;

/// <summary>
/// Survey deliveries in long format, one line per answer. Scores drift up slightly each year (speerpunt 7).
/// Respondent numbers come from the pupil number allocator under their own keys, so they are unique and never
/// BSN-like.
/// </summary>
internal static class SurveyFiles
{
    public static Delivery Vragen() => new(
        "vragen",
        string.Empty,
        0,
        Templates.Vragen,
        [.. VragenCatalogue.Questions.Select(q => new[] { q.Code, q.Tekst, q.Thema, q.Schaal, Templates.JaNee(q.HogerIsBeter) })]);

    /// <summary>Whether a location ran the survey this year: about a quarter of them each year, plus half at the nulmeting and now.</summary>
    public static bool Surveyed(LocationModel model, int year, int firstYear, int lastYear, int seed) =>
        (model.Index % 2 == 0 && (year == firstYear || year == lastYear))
        || DemoRandom.Uniform(seed, (long)Purpose.Enquete, model.Index, year) < 0.25;

    public static Delivery Enquete(LocationModel model, int leerlingen, int tvLeerlingen, int year, int seed, PupilNumbers numbers)
    {
        var random = DemoRandom.For(seed, (long)Purpose.Enquete, model.Index, year, 1);
        var rows = new List<string[]>();
        var respondent = 0;
        var scale = Math.Clamp(leerlingen / 800.0, 0.1, 1.5);
        foreach (var (doelgroep, vragenlijst, count) in new (string, string, int)[]
        {
            ("leerling", "tevredenheid", (int)(random.Next(20, 50) * scale)), ("leerling", "veiligheid", (int)(random.Next(20, 50) * scale)),
            ("ouder", "tevredenheid", (int)(random.Next(8, 25) * scale)), ("docent", "tevredenheid", (int)(random.Next(5, 15) * scale)),
            ("docent", "werkdruk", (int)(random.Next(8, 20) * scale)), ("mentor", "werkdruk", random.Next(3, 9)),
            ("mentor", "tevredenheid", random.Next(3, 9)), ("leerling", "exit_tv", (int)(tvLeerlingen * 0.4)),
        })
        {
            var questions = VragenCatalogue.Questions.Where(q => q.Doelgroep == doelgroep && q.Vragenlijst == vragenlijst).ToList();
            for (var r = 0; r < count; r++)
            {
                var id = numbers.For(-1L - (((model.Index * 64L) + year - 2000) * 100_000L) - respondent++, 8).ToString(CultureInfo.InvariantCulture);
                var datum = model.Style.Date(new DateOnly(year + 1, 3, 1).AddDays(random.Next(0, 75)));
                foreach (var question in questions)
                {
                    if (random.Chance(0.05))
                    {
                        continue;
                    }

                    rows.Add([id, model.Location.Vestigingscode, datum, doelgroep, vragenlijst, question.Code, Answer(random, question, year)]);
                }
            }
        }

        return new Delivery("enquete", model.Location.Vestigingscode, year, Templates.Enquete, rows);
    }

    private static string Answer(DemoRandom random, Question question, int year)
    {
        var drift = year - LocationProfile.TrendBaseYear;
        var sign = question.HogerIsBeter ? 1 : -1;
        return question.Schaal switch
        {
            "1-5" => Math.Clamp((int)Math.Round(question.Base + (sign * 0.04 * drift) + (0.9 * random.Normal())), 1, 5).ToString(CultureInfo.InvariantCulture),
            "1-10" => Math.Clamp((int)Math.Round(question.Base + (sign * 0.07 * drift) + (1.3 * random.Normal())), 1, 10).ToString(CultureInfo.InvariantCulture),
            _ => Templates.JaNee(random.Chance(Math.Clamp(question.Base + (sign * 0.01 * drift), 0.02, 0.98))),
        };
    }
}
