using System.Globalization;
using KoersInsights.Demo.Model;
using KoersInsights.Demo.Randomness;
using KoersInsights.Demo.Schools;

namespace KoersInsights.Demo.Swv;

/// <summary>Activity counts and hours of the consultatieteam per location (SWV-wide file), hours with a decimal comma.</summary>
internal static class ConsultatieDelivery
{
    private static readonly (string Activiteit, double PerFiveHundred, double Uren)[] Activiteiten =
    [
        ("handelingsadvies", 6, 2.0), ("voorlichting", 1.5, 1.5), ("observatie", 4, 2.5), ("coaching", 3, 3.0),
        ("schakeltraject", 1, 8.0), ("leerlingbespreking", 5, 1.0),
    ];

    public static IEnumerable<string[]> Rows(LocationModel model, int leerlingen, int year, int seed)
    {
        var random = DemoRandom.For(seed, (long)Purpose.Consultatie, model.Index, year);
        foreach (var (activiteit, perFiveHundred, uren) in Activiteiten)
        {
            if (!random.Chance(0.7))
            {
                continue;
            }

            var aantal = 1 + random.Poisson(perFiveHundred * model.Profile.ConsultatieIntensity * leerlingen / 500.0);
            var totaal = Math.Round(aantal * uren * random.Between(0.8, 1.2) * 2, MidpointRounding.AwayFromZero) / 2;
            yield return
            [
                model.Location.Vestigingscode, Schooljaar.Format(year), activiteit, aantal.ToString(CultureInfo.InvariantCulture),
                DutchNumber.Format(totaal, "0.0"),
            ];
        }
    }

    public static Delivery Build(int year, List<string[]> rows) => new("consultatie", "SWV", year, Templates.Consultatie, rows);
}
