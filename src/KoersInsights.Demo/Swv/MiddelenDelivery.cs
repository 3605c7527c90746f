using KoersInsights.Demo.Model;
using KoersInsights.Demo.Randomness;
using KoersInsights.Demo.Region;
using KoersInsights.Demo.Schools;

namespace KoersInsights.Demo.Swv;

/// <summary>
/// Budget lines of the ondersteuningsmiddelen (SWV-wide file): per bestuur for the general categories, per location
/// for the trajectvoorziening. The last schooljaar has no realisation yet.
/// </summary>
internal static class MiddelenDelivery
{
    private static readonly (string Categorie, double EuroPerLeerling)[] BestuurCategorieen =
    [
        ("formatie_zorg", 180), ("mentoraat", 45), ("studiecoaches", 30), ("nt2", 20), ("professionalisering", 25), ("overig", 15),
    ];

    public static Delivery Build(DemoRegion region, IReadOnlyList<(LocationModel Model, int Leerlingen)> members, int year, bool closed, int seed)
    {
        var random = DemoRandom.For(seed, (long)Purpose.Middelen, year);
        var schooljaar = Schooljaar.Format(year);
        var rows = new List<string[]>();
        foreach (var bestuur in region.Besturen)
        {
            var leerlingen = members.Where(m => m.Model.Location.BestuurNummer == bestuur.Nummer).Sum(m => m.Leerlingen);
            if (leerlingen == 0)
            {
                continue;
            }

            foreach (var (categorie, perLeerling) in BestuurCategorieen)
            {
                var begroot = Math.Round(leerlingen * perLeerling * random.Between(0.85, 1.15) / 100) * 100;
                rows.Add([string.Empty, bestuur.Nummer, schooljaar, categorie, .. Amounts(random, begroot, closed)]);
            }
        }

        foreach (var (model, leerlingen) in members)
        {
            var begroot = Math.Round((40_000 + (leerlingen * 60 * random.Between(0.8, 1.2))) / 100) * 100;
            rows.Add([model.Location.Vestigingscode, string.Empty, schooljaar, "trajectvoorziening", .. Amounts(random, begroot, closed)]);
        }

        return new Delivery("middelen", "SWV", year, Templates.Middelen, rows);
    }

    private static string[] Amounts(DemoRandom random, double begroot, bool closed) =>
        [DutchNumber.Format(begroot, "0.00"), closed ? DutchNumber.Format(Math.Round(begroot * random.Between(0.85, 1.05), 2), "0.00") : string.Empty];
}
