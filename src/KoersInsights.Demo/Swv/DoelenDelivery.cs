using System.Globalization;
using KoersInsights.Demo.Model;
using KoersInsights.Demo.Schools;

namespace KoersInsights.Demo.Swv;

/// <summary>
/// Targets of the Ondersteuningsplan (SWV-wide and for some locations), with the nulmeting in the first schooljaar
/// and the doel in the last or the next one; speerpunten per indicators.md. Delivered once, in the last schooljaar.
/// Where a nulmeting value is delivered it is computed from the generated data, so the warehouse's own computation
/// should agree with it.
/// </summary>
internal static class DoelenDelivery
{
    public static Delivery Build(int firstYear, int lastYear, IReadOnlyList<(LocationModel Model, int Leerlingen, int TvLeerlingen)> nulmeting)
    {
        var nul = Schooljaar.Format(firstYear);
        var doel = Schooljaar.Format(lastYear);
        var later = Schooljaar.Format(lastYear + 1);
        var swvRate = 100.0 * nulmeting.Sum(n => n.TvLeerlingen) / Math.Max(1, nulmeting.Sum(n => n.Leerlingen));
        var rows = new List<string[]>
        {
            new[] { "SWV", "TV_INSTROOM", nul, Value(swvRate), doel, Value(swvRate * 0.8), "1", "Minder instroom in de trajectvoorziening dan bij de nulmeting" },
            new[] { "SWV", "TV_TERUG_IN_KLAS", nul, string.Empty, doel, "75", "1", "Driekwart keert terug in de klas" },
            new[] { "SWV", "OPP_GEEVALUEERD", nul, string.Empty, later, "80", "2", "OPP's tijdig geëvalueerd (handelingsgericht)" },
            new[] { "SWV", "THUISZITTERS", nul, string.Empty, doel, "3", "4", "Thuiszitters per 1000 leerlingen omlaag" },
            new[] { "SWV", "AFSTROOM", nul, string.Empty, doel, "3,5", "5", "Soepele overstap: minder afstroom" },
            new[] { "SWV", "TLV_DOORLOOPTIJD", nul, string.Empty, doel, "42", "3", "Besluit binnen zes weken" },
            new[] { "SWV", "TEVREDENHEID", nul, string.Empty, later, "75", "7", "Tevredenheid over de ondersteuning (coördinatie en begeleiding)" },
        };

        // Every sixth member location has its own TV target; every other one of those also delivers its nulmeting.
        for (var i = 0; i < nulmeting.Count; i += 6)
        {
            var (model, leerlingen, tv) = nulmeting[i];
            if (leerlingen == 0)
            {
                continue;
            }

            var rate = 100.0 * tv / leerlingen;
            rows.Add([model.Location.Vestigingscode, "TV_INSTROOM", nul, i % 12 == 0 ? Value(rate) : string.Empty, doel, Value(rate * 0.8), "1", string.Empty]);
            if (i % 18 == 0)
            {
                rows.Add([model.Location.Vestigingscode, "THUISZITTERS", nul, string.Empty, later, "2,5", "4", string.Empty]);
            }
        }

        return new Delivery("doelen", "SWV", lastYear, Templates.Doelen, rows);
    }

    private static string Value(double value) =>
        Math.Round(value, 1).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');
}
